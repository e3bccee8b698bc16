import type { ComponentProps, ReactNode } from 'react';
import { describedBy, hintId, Messages, RequiredMark, wiring } from './wiring';
import type { FieldText } from './wiring';

/** One choice of a group; the label may carry more than text (an icon, a language tag). */
export interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  /** Help for this choice alone, tied to its control with `aria-describedby`. */
  hint?: ReactNode;
  disabled?: boolean;
}

type SingleProps = FieldText &
  Omit<ComponentProps<'input'>, 'id' | 'type' | 'required'> & {
    /** Class of the row around the control and its label; `choice` unless given. */
    fieldClassName?: string | undefined;
    onCheckedChange?: (checked: boolean) => void;
  };

/** A checkbox or radio button with its label after it, its hint and its error below. */
function SingleChoice({
  type,
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
}: SingleProps & { type: 'checkbox' | 'radio' }) {
  return (
    <div className={`${fieldClassName ?? 'choice'}${error ? ' field--invalid' : ''}`}>
      <input
        {...wiring({ id, label, hint, error, required })}
        type={type}
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

/** One checkbox with its label after it. */
export function Checkbox(props: SingleProps) {
  return <SingleChoice type="checkbox" {...props} />;
}

/**
 * One radio button with its label after it, for choices that cannot sit in one fieldset (a row
 * of a table); a list of choices is a `RadioGroup`.
 */
export function Radio(props: SingleProps) {
  return <SingleChoice type="radio" {...props} />;
}

interface GroupProps<V extends string> extends FieldText {
  options: ReadonlyArray<ChoiceOption<V>>;
  /** Class of the fieldset; `fieldset` unless given. */
  className?: string | undefined;
  /** Class of the legend, e.g. `visually-hidden` where a heading already names the group. */
  legendClassName?: string | undefined;
  /** Class of each row of control and label; `choice` unless given. */
  optionClassName?: string | undefined;
  /** Sets the choices side by side, wrapping, instead of in columns. */
  inline?: boolean | undefined;
  /** Disables every choice of the group. */
  disabled?: boolean | undefined;
  /** Id of a message shown outside the group (an alert after its save button) that describes it. */
  describedBy?: string | undefined;
}

/** A fieldset of choices, each a control with its label after it; the group's text below. */
function ChoiceGroup<V extends string>({
  type,
  name,
  isChecked,
  isDefault,
  onToggle,
  id,
  label,
  hint,
  error,
  required,
  markRequired,
  options,
  className,
  legendClassName,
  optionClassName,
  inline,
  disabled,
  describedBy: outside,
}: GroupProps<V> & {
  type: 'checkbox' | 'radio';
  name?: string | undefined;
  isChecked?: ((value: V) => boolean) | undefined;
  isDefault?: ((value: V) => boolean) | undefined;
  onToggle?: ((value: V, checked: boolean) => void) | undefined;
}) {
  return (
    <fieldset
      className={`${className ?? 'fieldset'}${error ? ' field--invalid' : ''}`}
      aria-describedby={
        [describedBy(id, hint, error), outside].filter(Boolean).join(' ') || undefined
      }
      disabled={disabled}
    >
      <legend className={legendClassName}>
        {label}
        <RequiredMark shown={required && markRequired} />
      </legend>
      <div className={inline ? 'choices choices--inline' : 'choices'}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className={optionClassName ?? 'choice'}>
              <input
                type={type}
                id={optionId}
                name={name}
                value={option.value}
                required={type === 'radio' ? required : undefined}
                disabled={option.disabled}
                checked={isChecked?.(option.value)}
                defaultChecked={isDefault?.(option.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? hintId(optionId) : undefined}
                onChange={(event) => onToggle?.(option.value, event.target.checked)}
              />
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint ? (
                <p id={hintId(optionId)} className="field__hint">
                  {option.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <Messages id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/** Several choices of a vocabulary, as a fieldset of checkboxes. */
export function CheckboxGroup<V extends string>({
  values,
  onChange,
  ...group
}: GroupProps<V> & {
  values: readonly V[];
  onChange: (values: V[]) => void;
}) {
  return (
    <ChoiceGroup
      type="checkbox"
      {...group}
      isChecked={(value) => values.includes(value)}
      onToggle={(value, checked) =>
        onChange(checked ? [...values, value] : values.filter((v) => v !== value))
      }
    />
  );
}

/**
 * One choice of a vocabulary, as a fieldset of radio buttons sharing `name`. Controlled with
 * `value` and `onChange`, or left to the form with `defaultValue` (read from its form data).
 */
export function RadioGroup<V extends string>({
  value,
  defaultValue,
  onChange,
  ...group
}: GroupProps<V> & {
  name: string;
  value?: V | undefined;
  defaultValue?: V | undefined;
  onChange?: ((value: V) => void) | undefined;
}) {
  return (
    <ChoiceGroup
      type="radio"
      {...group}
      isChecked={value === undefined ? undefined : (option) => option === value}
      isDefault={defaultValue === undefined ? undefined : (option) => option === defaultValue}
      onToggle={(option, checked) => {
        if (checked) onChange?.(option);
      }}
    />
  );
}
