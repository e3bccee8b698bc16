import { DaySchema, todayInSaxony, type Day } from '@pnetz/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/form/Field';

/** The published checkpoints (docs/DOMAIN.md), one click away. */
const PRESETS = [
  { key: 'may2021', day: '2021-05-31' },
  { key: 'nov2021', day: '2021-11-30' },
  { key: 'end2022', day: '2022-12-31' },
] as const;

interface AsOfControlProps {
  asOf: Day;
  onChange: (day: Day) => void;
}

/** Chooses the day all figures, the map and the tables refer to. */
export function AsOfControl({ asOf, onChange }: AsOfControlProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(asOf);
  const [error, setError] = useState(false);
  const today = todayInSaxony();

  const choose = (day: Day) => {
    setDraft(day);
    setError(false);
    onChange(day);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!DaySchema.safeParse(draft).success) {
      setError(true);
      return;
    }
    choose(draft);
  };

  return (
    <form className="programme-asof" onSubmit={submit} aria-label={t('programme.asOf.form')}>
      <Field
        id={`${id}-day`}
        label={t('programme.asOf.label')}
        error={error ? t('programme.asOf.invalid') : undefined}
      >
        {(control) => (
          <div className="programme-asof__row">
            <input
              {...control}
              className="input programme-asof__input"
              type="date"
              value={draft}
              min="2019-02-06"
              onChange={(event) => setDraft(event.target.value)}
            />
            <button type="submit" className="button">
              {t('programme.asOf.show')}
            </button>
          </div>
        )}
      </Field>
      <div
        className="programme-asof__presets"
        role="group"
        aria-label={t('programme.asOf.presets')}
      >
        {PRESETS.map((preset) => (
          <button
            key={preset.key}
            type="button"
            className="button button--secondary"
            aria-pressed={asOf === preset.day}
            onClick={() => choose(preset.day)}
          >
            {t(`programme.asOf.${preset.key}`)}
          </button>
        ))}
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={asOf === today}
          onClick={() => choose(today)}
        >
          {t('programme.asOf.today')}
        </button>
      </div>
    </form>
  );
}
