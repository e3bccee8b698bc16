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
    <div className="field">
      <label htmlFor={fieldId(key)}>{t(`plans.measures.fields.${key}`)}</label>
      <input
        id={fieldId(key)}
        className="input"
        type="text"
        maxLength={key === 'linkedProjectId' ? 64 : 300}
        autoFocus={options.autoFocus}
        value={fields[key] ?? ''}
        onChange={(event) =>
          setMeasureField(
            map,
            key,
            key === 'linkedProjectId' ? event.target.value || null : event.target.value,
          )
        }
      />
    </div>
  );

  const dateField = (key: 'start' | 'deadline') => (
    <div className="field">
      <label htmlFor={fieldId(key)}>{t(`plans.measures.fields.${key}`)}</label>
      <input
        id={fieldId(key)}
        className="input"
        type="date"
        value={fields[key] ?? ''}
        onChange={(event) => setMeasureField(map, key, event.target.value || null)}
      />
    </div>
  );

  const areaField = (key: 'goal' | 'notes') => (
    <div className="field measure-form__wide">
      <label htmlFor={fieldId(key)}>{t(`plans.measures.fields.${key}`)}</label>
      <textarea
        id={fieldId(key)}
        className="input"
        rows={2}
        maxLength={key === 'notes' ? 5000 : 2000}
        value={fields[key]}
        onChange={(event) => setMeasureField(map, key, event.target.value)}
      />
    </div>
  );

  return (
    <div className="measure-form">
      <div className="measure-form__wide">{textField('title', { autoFocus: focusTitle })}</div>
      {areaField('goal')}
      <div className="field">
        <label htmlFor={fieldId('fieldOfAction')}>{t('plans.measures.fields.fieldOfAction')}</label>
        <select
          id={fieldId('fieldOfAction')}
          value={fields.fieldOfAction ?? ''}
          onChange={(event) =>
            setMeasureField(
              map,
              'fieldOfAction',
              FieldOfActionSchema.safeParse(event.target.value).data ?? null,
            )
          }
        >
          <option value="">{t('plans.measures.noField')}</option>
          {FIELDS_OF_ACTION.map((field) => (
            <option key={field} value={field}>
              {t(`vocab.field.${field}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fieldId('status')}>{t('plans.measures.fields.status')}</label>
        <select
          id={fieldId('status')}
          value={fields.status}
          onChange={(event) => {
            const status = MeasureStatusSchema.safeParse(event.target.value).data;
            if (status) setMeasureField(map, 'status', status);
          }}
        >
          {MEASURE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`plans.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
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
