import { FIELDS_OF_ACTION, type FieldOfAction } from '@pnetz/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../ui/form/Field';

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
  return (
    <CheckboxGroup
      id={id}
      label={legend}
      options={FIELDS_OF_ACTION.map((field) => ({
        value: field,
        label: t(`vocab.field.${field}`),
      }))}
      values={value}
      onChange={onChange}
    />
  );
}
