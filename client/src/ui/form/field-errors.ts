import type { z } from 'zod';
import { isApiError } from '../../lib/api';

/** Field name (dotted, without `body.`) → whether it is invalid. The form picks the wording. */
export type FieldErrors = Record<string, true>;

/** Problems the contract's own schema finds before anything is sent. */
export function schemaFieldErrors(error: z.ZodError): FieldErrors {
  return Object.fromEntries(
    error.issues.map((issue) => [issue.path.map(String).join('.') || 'form', true]),
  );
}

/** Fields the server named in a `validation_failed` or `conflict` answer (`body.email` → `email`). */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error)) return {};
  return Object.fromEntries(
    error.fields
      .filter((field) => field.path.startsWith('body.'))
      .map((field) => [field.path.slice('body.'.length), true]),
  );
}

/** Moves focus to the first invalid control of a form, in document order. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  invalid?.focus();
}
