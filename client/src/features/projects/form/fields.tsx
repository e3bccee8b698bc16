import type { ReactNode } from 'react';

interface Described {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}

/** `aria-describedby` for a control with an optional hint and error below it. */
function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  );
}

function Below({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled single-line input; `required` fields carry a visible mark, not only a colour. */
export function InputField({
  id,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  type = 'text',
  inputMode,
}: Described & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'number';
  inputMode?: 'numeric' | 'decimal';
}) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        className="input"
        type={type}
        inputMode={inputMode}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
      <Below id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  rows = 4,
}: Described & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <textarea
        id={id}
        className="input"
        rows={rows}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
      <Below id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField<V extends string>({
  id,
  label,
  hint,
  error,
  value,
  options,
  onChange,
  empty,
}: Described & {
  value: V | '';
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V | '') => void;
  /** Label of the "nothing chosen" option, when the field may stay empty. */
  empty?: string;
}) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value as V | '')}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Below id={id} hint={hint} error={error} />
    </div>
  );
}

/** Several choices of a vocabulary, as a fieldset of checkboxes. */
export function CheckboxGroup<V extends string>({
  id,
  label,
  hint,
  error,
  required,
  options,
  values,
  onChange,
}: Described & {
  options: ReadonlyArray<{ value: V; label: string }>;
  values: readonly V[];
  onChange: (values: V[]) => void;
}) {
  const toggle = (value: V, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset
      className={`fieldset${error ? ' field--invalid' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      <div className="choices">
        {options.map((option) => (
          <div key={option.value} className="choice">
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              checked={values.includes(option.value)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      <Below id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/** A list of entries the user adds to and removes from (indicators, milestones, partners …). */
export function ListEditor<T>({
  legend,
  hint,
  items,
  addLabel,
  removeLabel,
  onChange,
  create,
  children,
}: {
  legend: string;
  hint?: string;
  items: readonly T[];
  addLabel: string;
  /** Label of the remove button of entry `index` (1-based in the text). */
  removeLabel: (index: number) => string;
  onChange: (items: T[]) => void;
  create: () => T;
  children: (item: T, index: number, update: (item: T) => void) => ReactNode;
}) {
  const replace = (index: number, item: T) =>
    onChange(items.map((old, i) => (i === index ? item : old)));
  return (
    <fieldset className="fieldset list-editor">
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <ol className="list-editor__items">
        {items.map((item, index) => (
          <li key={index} className="list-editor__item">
            {children(item, index, (changed) => replace(index, changed))}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              {removeLabel(index + 1)}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...items, create()])}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
