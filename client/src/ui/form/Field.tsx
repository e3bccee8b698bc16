import type { ChangeEvent, ComponentProps, ReactNode } from 'react';
import { fieldClass, Messages, RequiredMark, wiring } from './wiring';
import type { ControlWiring, FieldText } from './wiring';

export { Checkbox, CheckboxGroup, Radio, RadioGroup } from './Choices';

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

/** Why the form was not saved, announced at once; renders nothing without a message. */
export function FormError({ children, id }: { children: ReactNode; id?: string }) {
  if (!children) return null;
  return (
    <div id={id} className="form__alert" role="alert">
      {children}
    </div>
  );
}
