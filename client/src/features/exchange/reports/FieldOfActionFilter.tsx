import { FIELDS_OF_ACTION, FieldOfActionSchema, type FieldOfAction } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Field';

/** Narrows a list of experience reports to one field of action, or shows all. */
export function FieldOfActionFilter({
  id,
  value,
  onChange,
  className,
  disabled,
}: {
  id: string;
  value: FieldOfAction | null;
  onChange: (value: FieldOfAction | null) => void;
  className?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Select
      id={id}
      label={t('reports.filterField')}
      empty={t('reports.allFields')}
      options={FIELDS_OF_ACTION.map((option) => ({
        value: option,
        label: t(`vocab.field.${option}`),
      }))}
      value={value ?? ''}
      disabled={disabled}
      fieldClassName={className}
      onValueChange={(chosen) => onChange(FieldOfActionSchema.safeParse(chosen).data ?? null)}
    />
  );
}
