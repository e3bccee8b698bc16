import type { ChangeEvent, ComponentProps, ReactNode } from 'react';

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

const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;

/** `aria-describedby` for a control with an optional hint and error below it. */
function describedBy(id: string, hint: ReactNode, error: ReactNode): string | undefined {
  return [hint ? hintId(id) : '', error ? errorId(id) : ''].filter(Boolean).join(' ') || undefined;
}

function wiring({ id, hint, error, required }: FieldText): ControlWiring {
  return {
    id,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
}

function RequiredMark({ shown }: { shown: boolean | undefined }) {
  return shown ? <span aria-hidden="true"> *</span> : null;
}

/** The hint and the error below a control (or a group of them). */
function Messages({ id, hint, error }: Pick<FieldText, 'id' | 'hint' | 'error'>) {
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

const fieldClass = (error: ReactNode, className?: string) =>
  ['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ');

/**
 * A labelled control of any kind: the label, the required mark, the hint and the error, with the
 * control given the attributes that tie them together. The other fields of the kit are built on it.
 */
export function Field({
  className,
  children,
  ...text
}: FieldText & { className?: string; children: (control: ControlWiring) => ReactNode }) {
  return (
    <div className={fieldClass(text.error, className)}>
      <label htmlFor={text.id}>
        {text.label}
        <RequiredMark shown={text.required && text.markRequired} />
      </label>
      {children(wiring(text))}
      <Messages id={text.id} hint={text.hint} error={text.error} />
    </div>
  );
}

type Native<E extends 'input' | 'textarea' | 'select'> = Omit<
  ComponentProps<E>,
  'id' | 'required' | 'aria-invalid' | 'aria-describedby'
>;

/** Props of a field around one native control. */
type FieldOf<E extends 'input' | 'textarea' | 'select', V extends string = string> = FieldText &
  Omit<Native<E>, 'value'> & {
    value?: V | '' | undefined;
    /** Class of the field around the control; `className` goes to the control. */
    fieldClassName?: string | undefined;
    /** Called with the new value, for controlled fields. */
    onValueChange?: ((value: V | '') => void) | undefined;
  };

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Splits a field's props into the field's and the native control's. */
function split<E extends 'input' | 'textarea' | 'select', V extends string>({
  id,
  label,
  hint,
  error,
  required,
  markRequired,
  fieldClassName,
  className,
  onValueChange,
  onChange,
  ...native
}: FieldOf<E, V>) {
  return {
    field: { id, label, hint, error, required, markRequired, className: fieldClassName },
    control: {
      ...native,
      className: className ? `input ${className}` : 'input',
      onChange: (event: ChangeEvent<Control>) => {
        (onChange as ((event: ChangeEvent<Control>) => void) | undefined)?.(event);
        onValueChange?.(event.target.value as V | '');
      },
    },
  };
}

/** A labelled single-line input; any input attribute passes through. */
export function TextField(props: FieldOf<'input'>) {
  const { field, control } = split<'input', string>(props);
  return <Field {...field}>{(wired) => <input {...wired} {...control} />}</Field>;
}

/** A labelled multi-line input. */
export function TextArea({ rows = 4, ...props }: FieldOf<'textarea'>) {
  const { field, control } = split<'textarea', string>(props);
  return <Field {...field}>{(wired) => <textarea rows={rows} {...wired} {...control} />}</Field>;
}

/** A labelled choice of one option; `empty` adds a "nothing chosen" option first. */
export function Select<V extends string>({
  options,
  empty,
  children,
  ...props
}: FieldOf<'select', V> & {
  options?: ReadonlyArray<{ value: V; label: string }>;
  /** Label of the "nothing chosen" option, when the field may stay empty. */
  empty?: string;
}) {
  const { field, control } = split<'select', V>(props);
  return (
    <Field {...field}>
      {(wired) => (
        <select {...wired} {...control}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}

/** One checkbox with its label after it. */
export function Checkbox({
  id,
  label,
  hint,
  error,
  required,
  markRequired,
  fieldClassName,
  onCheckedChange,
  onChange,
  ...input
}: FieldText &
  Omit<Native<'input'>, 'type'> & {
    fieldClassName?: string | undefined;
    onCheckedChange?: (checked: boolean) => void;
  }) {
  return (
    <div className={`${fieldClassName ?? 'choice'}${error ? ' field--invalid' : ''}`}>
      <input
        {...wiring({ id, label, hint, error, required })}
        type="checkbox"
        onChange={(event) => {
          onChange?.(event);
          onCheckedChange?.(event.target.checked);
        }}
        {...input}
      />
      <label htmlFor={id}>
        {label}
        <RequiredMark shown={required && markRequired} />
      </label>
      <Messages id={id} hint={hint} error={error} />
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
  markRequired,
  options,
  values,
  onChange,
}: FieldText & {
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
        <RequiredMark shown={required && markRequired} />
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
      <Messages id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/** Why the form was not saved, announced at once; renders nothing without a message. */
export function FormError({ children, id }: { children: ReactNode; id?: string }) {
  if (!children) return null;
  return (
    <div id={id} className="form__alert" role="alert">
      {children}
    </div>
  );
}
