import {
  FIELDS_OF_ACTION,
  FieldOfActionSchema,
  MEASURE_STATUSES,
  MeasureStatusSchema,
} from '@pnetz/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/language';
import { formatNumber } from '../../../lib/format';
import { Select, TextArea, TextField } from '../../../ui/form/Field';
import { setMeasureField, type MeasureEntry, type MeasureKey } from './measure-model';
import { NumberField, parseAmount, parsePercent } from './NumberField';

interface MeasureFormProps {
  entry: MeasureEntry;
  /** A measure just added: its title is where the user continues. */
  focusTitle?: boolean;
}

type TextKey = Extract<
  MeasureKey,
  | 'title'
  | 'goal'
  | 'responsibleOrganisation'
  | 'responsiblePerson'
  | 'indicator'
  | 'linkedProjectId'
>;

/**
 * Every field of one measure. Each change is written straight into the measure's Y.Map, so the
 * others see it while it is typed; there is no save button.
 */
export function MeasureForm({ entry, focusTitle = false }: MeasureFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { fields, map } = entry;
  const fieldId = (key: MeasureKey) => `${id}-${key}`;
  const language = currentLanguage();

  const textField = (key: TextKey, options: { autoFocus?: boolean } = {}) => (
    <TextField
      id={fieldId(key)}
      label={t(`plans.measures.fields.${key}`)}
      type="text"
      maxLength={key === 'linkedProjectId' ? 64 : 300}
      autoFocus={options.autoFocus}
      value={fields[key] ?? ''}
      onValueChange={(value) =>
        setMeasureField(map, key, key === 'linkedProjectId' ? value || null : value)
      }
    />
  );

  const dateField = (key: 'start' | 'deadline') => (
    <TextField
      id={fieldId(key)}
      label={t(`plans.measures.fields.${key}`)}
      type="date"
      value={fields[key] ?? ''}
      onValueChange={(value) => setMeasureField(map, key, value || null)}
    />
  );

  const areaField = (key: 'goal' | 'notes') => (
    <TextArea
      id={fieldId(key)}
      fieldClassName="measure-form__wide"
      label={t(`plans.measures.fields.${key}`)}
      rows={2}
      maxLength={key === 'notes' ? 5000 : 2000}
      value={fields[key]}
      onValueChange={(value) => setMeasureField(map, key, value)}
    />
  );

  return (
    <div className="measure-form">
      <div className="measure-form__wide">{textField('title', { autoFocus: focusTitle })}</div>
      {areaField('goal')}
      <Select
        id={fieldId('fieldOfAction')}
        label={t('plans.measures.fields.fieldOfAction')}
        value={fields.fieldOfAction ?? ''}
        empty={t('plans.measures.noField')}
        options={FIELDS_OF_ACTION.map((field) => ({
          value: field,
          label: t(`vocab.field.${field}`),
        }))}
        onValueChange={(value) =>
          setMeasureField(map, 'fieldOfAction', FieldOfActionSchema.safeParse(value).data ?? null)
        }
      />
      <Select
        id={fieldId('status')}
        label={t('plans.measures.fields.status')}
        value={fields.status}
        options={MEASURE_STATUSES.map((status) => ({
          value: status,
          label: t(`plans.status.${status}`),
        }))}
        onValueChange={(value) => {
          const status = MeasureStatusSchema.safeParse(value).data;
          if (status) setMeasureField(map, 'status', status);
        }}
      />
      {textField('responsibleOrganisation')}
      {textField('responsiblePerson')}
      {dateField('start')}
      {dateField('deadline')}
      <NumberField
        id={fieldId('progress')}
        label={t('plans.measures.fields.progress')}
        value={fields.progress}
        inputMode="numeric"
        parse={parsePercent}
        format={String}
        onChange={(value) => setMeasureField(map, 'progress', value ?? 0)}
        hint={t('plans.measures.progressHint')}
      />
      <NumberField
        id={fieldId('budget')}
        label={t('plans.measures.fields.budget')}
        value={fields.budget}
        inputMode="decimal"
        parse={(input) => parseAmount(input, language)}
        format={(value) => formatNumber(value, language)}
        onChange={(value) => setMeasureField(map, 'budget', value)}
        hint={t('plans.measures.budgetHint')}
      />
      {textField('indicator')}
      {textField('linkedProjectId')}
      {areaField('notes')}
    </div>
  );
}
