import type { Language } from '@pnetz/shared';
import { useState } from 'react';
import { Field } from '../../../ui/form/Field';

interface NumberFieldProps {
  id: string;
  label: string;
  value: number | null;
  /** Turns what was typed into a number, null for "empty", or undefined when not (yet) valid. */
  parse: (input: string) => number | null | undefined;
  format: (value: number) => string;
  onChange: (value: number | null) => void;
  hint?: string;
  inputMode: 'numeric' | 'decimal';
}

/**
 * A number typed the way people write it (29.250 or 12,5). While the field has focus, the typed
 * text is kept as is and every valid value is written through; others' changes show once it
 * loses focus.
 */
export function NumberField({
  id,
  label,
  value,
  parse,
  format,
  onChange,
  hint,
  inputMode,
}: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && parse(draft) === undefined;
  return (
    // Invalid while typed, without a message: the hint says what the field takes.
    <Field id={id} label={label} hint={hint} className={invalid ? 'field--invalid' : undefined}>
      {(control) => (
        <input
          {...control}
          className="input"
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          value={draft ?? (value === null ? '' : format(value))}
          aria-invalid={invalid || undefined}
          onFocus={() => setDraft(value === null ? '' : format(value))}
          onBlur={() => setDraft(null)}
          onChange={(event) => {
            setDraft(event.target.value);
            const parsed = parse(event.target.value);
            if (parsed !== undefined) onChange(parsed);
          }}
        />
      )}
    </Field>
  );
}

/**
 * An amount of euros as people type it: German 29.250 or 29.250,50, English 29,250.50, or plain
 * 29250 in either. Null for empty, undefined when it is no amount.
 */
export function parseAmount(input: string, language: Language): number | null | undefined {
  const value = input.replace(/[\s€]/g, '');
  if (!value) return null;
  const [group, decimal] = language === 'de' ? (['.', ','] as const) : ([',', '.'] as const);
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d{1,2})?$`);
  const plain = new RegExp(`^\\d+(\\${decimal}\\d{1,2})?$`);
  if (!grouped.test(value) && !plain.test(value)) return undefined;
  const amount = Number(value.split(group).join('').replace(decimal, '.'));
  return amount <= 1_000_000_000 ? amount : undefined;
}

/** Whole percent from 0 to 100. */
export function parsePercent(input: string): number | null | undefined {
  const value = input.replace(/[\s%]/g, '');
  if (!value) return 0;
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const percent = Number(value);
  return percent <= 100 ? percent : undefined;
}
