// The wiring the fields of the kit share: ids tying a control to its label, hint and error.
import type { ReactNode } from 'react';

/** What every field of the kit shows besides its control. */
export interface FieldText {
  id: string;
  label: ReactNode;
  /** Help below the control, tied to it with `aria-describedby`. */
  hint?: ReactNode;
  /** The problem with the value, tied to the control and marking it invalid. */
  error?: ReactNode;
  /** Marks the control required for the browser and assistive technology. */
  required?: boolean | undefined;
  /**
   * Also shows a visible mark after the label (hidden from assistive technology, which hears
   * "required" already), for forms that mix required and optional fields.
   */
  markRequired?: boolean | undefined;
}

/** The attributes that tie a control to its label, hint and error. */
export interface ControlWiring {
  id: string;
  required: boolean | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;

/** `aria-describedby` for a control with an optional hint and error below it. */
export function describedBy(id: string, hint: ReactNode, error: ReactNode): string | undefined {
  return [hint ? hintId(id) : '', error ? errorId(id) : ''].filter(Boolean).join(' ') || undefined;
}

export function wiring({ id, hint, error, required }: FieldText): ControlWiring {
  return {
    id,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
}

export function RequiredMark({ shown }: { shown: boolean | undefined }) {
  return shown ? <span aria-hidden="true"> *</span> : null;
}

/** The hint and the error below a control (or a group of them). */
export function Messages({ id, hint, error }: Pick<FieldText, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint ? (
        <p id={hintId(id)} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId(id)} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

export const fieldClass = (error: ReactNode, className?: string) =>
  ['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ');
