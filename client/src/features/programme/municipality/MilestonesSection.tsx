import {
  MILESTONE_KINDS,
  endpoints,
  type MilestoneKind,
  type MunicipalityDetail,
} from '@pnetz/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { Select, TextField } from '../../../ui/form/Field';
import { formatDay } from '../format';
import { FormAlert } from './FormAlert';
import { RecordSection } from './RecordSection';
import { useRecordMutation } from './useRecordMutation';

interface Row {
  kind: MilestoneKind;
  date: string;
  note: string;
}

/** The dated milestones (contacted, advised, council, close cooperation); coordinators keep them. */
export function MilestonesSection({
  detail,
  headingLevel,
}: {
  detail: MunicipalityDetail;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const id = useId();
  const milestones = [...detail.municipality.milestones].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  const [rows, setRows] = useState<Row[]>(
    milestones.map(({ kind, date, note }) => ({ kind, date, note })),
  );
  const save = useRecordMutation((body: Row[]) =>
    api(endpoints.programme.updateMunicipality, {
      params: { id: detail.municipality.id },
      body: { milestones: body },
    }),
  );
  const update = (index: number, change: Partial<Row>) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(rows);
  };

  return (
    <RecordSection title={t('programme.milestones.title')} level={headingLevel}>
      {milestones.length === 0 ? (
        <p>{t('programme.milestones.none')}</p>
      ) : (
        <ol className="programme-timeline">
          {milestones.map((m) => (
            <li key={m.id}>
              <strong>{formatDay(m.date)}</strong> {t(`programme.milestones.kind.${m.kind}`)}
              {m.note ? ` – ${m.note}` : ''}
            </li>
          ))}
        </ol>
      )}
      {detail.canWrite ? (
        <form className="form programme-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`}>{t('programme.milestones.edit')}</h3>
          <FormAlert error={save.error} />
          {rows.map((row, index) => (
            <fieldset key={index} className="programme-row">
              <legend>{t('programme.milestones.row', { number: index + 1 })}</legend>
              <Select
                id={`${id}-kind-${index}`}
                label={t('programme.milestones.kindLabel')}
                value={row.kind}
                options={MILESTONE_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`programme.milestones.kind.${kind}`),
                }))}
                onChange={(e) => update(index, { kind: e.target.value as MilestoneKind })}
              />
              <TextField
                id={`${id}-date-${index}`}
                label={t('programme.form.date')}
                type="date"
                required
                value={row.date}
                onValueChange={(date) => update(index, { date })}
              />
              <TextField
                id={`${id}-note-${index}`}
                label={t('programme.form.note')}
                value={row.note}
                maxLength={500}
                onValueChange={(note) => update(index, { note })}
              />
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
              >
                {t('programme.form.removeRow')}
              </button>
            </fieldset>
          ))}
          <div className="form__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                setRows((all) => [
                  ...all,
                  { kind: 'advised', date: new Date().toISOString().slice(0, 10), note: '' },
                ])
              }
            >
              {t('programme.milestones.add')}
            </button>
            <button type="submit" className="button" disabled={save.isPending}>
              {t('programme.form.save')}
            </button>
            <span role="status" className="form__progress">
              {save.isSuccess ? t('programme.form.saved') : ''}
            </span>
          </div>
        </form>
      ) : null}
    </RecordSection>
  );
}
