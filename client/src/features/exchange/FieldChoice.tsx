import { FIELDS_OF_ACTION, type FieldOfAction } from '@pnetz/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Handlungsfelder as a group of checkboxes with a legend. */
export function FieldChoice({
  value,
  onChange,
  legend,
}: {
  value: FieldOfAction[];
  onChange: (fields: FieldOfAction[]) => void;
  legend: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (field: FieldOfAction, on: boolean) =>
    onChange(on ? [...value, field] : value.filter((item) => item !== field));
  return (
    <fieldset className="x-choices">
      <legend>{legend}</legend>
      {FIELDS_OF_ACTION.map((field) => (
        <div key={field} className="x-choice">
          <input
            id={`${id}-${field}`}
            type="checkbox"
            checked={value.includes(field)}
            onChange={(event) => toggle(field, event.target.checked)}
          />
          <label htmlFor={`${id}-${field}`}>{t(`vocab.field.${field}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
