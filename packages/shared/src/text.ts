import { z } from 'zod';

/**
 * One rule for every user-entered title and name (and the projects' texts): user text is stored
 * as plain text and rendered as text (React escapes it), never as HTML. Text that carries HTML
 * markup is refused with a 400 naming the field instead of being silently altered: people see
 * what was wrong, and nothing hostile is ever stored.
 */
const TAG = /<\s*\/?\s*[a-z!?][^>]*>/i;
/** Tags that are dangerous even unterminated (`<script src=…` without a closing `>`). */
const DANGEROUS_OPENING = /<\s*(script|iframe|object|embed|style|svg|math|link|meta)\b/i;

/** Whether a text contains HTML markup. `a < b` and `<3` are fine; `<b>` and `<script` are not. */
export function containsMarkup(value: string): boolean {
  return TAG.test(value) || DANGEROUS_OPENING.test(value);
}

export const PLAIN_TEXT_MESSAGE = 'must be plain text without HTML tags';

/** Adds the plain-text rule to a string schema (keeping its own limits and messages). */
export function plain(schema: z.ZodString): z.ZodString {
  return schema.refine((value) => !containsMarkup(value), PLAIN_TEXT_MESSAGE);
}

/** A trimmed plain-text string of at most `max` characters, optionally required. */
export function plainText(max: number, options: { required?: boolean } = {}) {
  const base = z.string().trim();
  return plain((options.required ? base.min(1, 'is required') : base).max(max));
}

/** A required title or name: trimmed, not empty, at most `max` characters, plain text. */
export function plainTitle(max: number): z.ZodString {
  return plain(z.string().trim().min(1, 'must not be empty').max(max));
}
