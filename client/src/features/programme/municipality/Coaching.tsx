import { endpoints, todayInSaxony, type Coaching, type MunicipalityDetail } from '@pnetz/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { formatDay } from '../format';
import { FormAlert } from './FormAlert';
import { RecordSection } from './RecordSection';
import { useRecordMutation } from './useRecordMutation';

interface Phase {
  name: string;
  start: string;
  end: string;
}

/** ASSKomm coaching processes: coach, phases with dates, end and outcome. */
export function CoachingSection({
  detail,
  headingLevel,
}: {
  detail: MunicipalityDetail;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  return (
    <RecordSection title={t('programme.coaching.title')} level={headingLevel}>
      {detail.coachings.length === 0 ? (
        <p>{t('programme.coaching.none')}</p>
      ) : (
        <ul className="programme-cards">
          {detail.coachings.map((coaching) => (
            <CoachingCard key={coaching.id} coaching={coaching} canWrite={detail.canWrite} />
          ))}
        </ul>
      )}
      {detail.canWrite ? <CoachingForm municipalityId={detail.municipality.id} /> : null}
    </RecordSection>
  );
}

function CoachingCard({ coaching, canWrite }: { coaching: Coaching; canWrite: boolean }) {
  const { t } = useTranslation();
  const remove = useRecordMutation(() =>
    api(endpoints.programme.deleteCoaching, { params: { id: coaching.id } }),
  );
  const finish = useRecordMutation(() =>
    api(endpoints.programme.updateCoaching, {
      params: { id: coaching.id },
      body: {
        coach: coaching.coach,
        start: coaching.start,
        end: todayInSaxony(),
        phases: coaching.phases,
        outcome: coaching.outcome,
      },
    }),
  );
  return (
    <li className="programme-card">
      <p className="programme-card__title">
        {t('programme.coaching.period', {
          start: formatDay(coaching.start),
          end: coaching.end ? formatDay(coaching.end) : t('programme.coaching.running'),
        })}
      </p>
      <p>{t('programme.coaching.coach', { name: coaching.coach })}</p>
      {coaching.phases.length > 0 ? (
        <ol>
          {coaching.phases.map((phase, i) => (
            <li key={i}>
              {phase.name}: {formatDay(phase.start)} –{' '}
              {phase.end ? formatDay(phase.end) : t('programme.coaching.open')}
            </li>
          ))}
        </ol>
      ) : null}
      {coaching.outcome ? (
        <p>{t('programme.coaching.outcome', { text: coaching.outcome })}</p>
      ) : null}
      {canWrite ? (
        <div className="form__actions">
          {coaching.end === null ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => finish.mutate(undefined)}
              disabled={finish.isPending}
            >
              {t('programme.coaching.finish')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => remove.mutate(undefined)}
            disabled={remove.isPending}
          >
            {t('programme.form.delete')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function CoachingForm({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [coach, setCoach] = useState('');
  const [start, setStart] = useState(todayInSaxony());
  const [end, setEnd] = useState('');
  const [outcome, setOutcome] = useState('');
  const [phases, setPhases] = useState<Phase[]>([]);
  const save = useRecordMutation(
    () =>
      api(endpoints.programme.createCoaching, {
        params: { id: municipalityId },
        body: {
          coach,
          start,
          end: end || null,
          outcome,
          phases: phases.map((p) => ({ ...p, end: p.end || null })),
        },
      }),
    () => {
      setCoach('');
      setPhases([]);
      setOutcome('');
    },
  );
  const update = (index: number, change: Partial<Phase>) =>
    setPhases((all) => all.map((p, i) => (i === index ? { ...p, ...change } : p)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form className="form programme-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('programme.coaching.add')}</h3>
      <FormAlert error={save.error} />
      <div className="programme-form__grid">
        <div className="field">
          <label htmlFor={`${id}-coach`}>{t('programme.coaching.coachLabel')}</label>
          <input
            id={`${id}-coach`}
            className="input"
            required
            maxLength={120}
            value={coach}
            onChange={(e) => setCoach(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-start`}>{t('programme.form.start')}</label>
          <input
            id={`${id}-start`}
            className="input"
            type="date"
            required
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>{t('programme.form.endOptional')}</label>
          <input
            id={`${id}-end`}
            className="input"
            type="date"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
        </div>
      </div>
      {phases.map((phase, index) => (
        <fieldset key={index} className="programme-row">
          <legend>{t('programme.coaching.phase', { number: index + 1 })}</legend>
          <div className="field">
            <label htmlFor={`${id}-pname-${index}`}>{t('programme.coaching.phaseName')}</label>
            <input
              id={`${id}-pname-${index}`}
              className="input"
              required
              value={phase.name}
              onChange={(e) => update(index, { name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-pstart-${index}`}>{t('programme.form.start')}</label>
            <input
              id={`${id}-pstart-${index}`}
              className="input"
              type="date"
              required
              value={phase.start}
              onChange={(e) => update(index, { start: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-pend-${index}`}>{t('programme.form.endOptional')}</label>
            <input
              id={`${id}-pend-${index}`}
              className="input"
              type="date"
              value={phase.end}
              onChange={(e) => update(index, { end: e.target.value })}
            />
          </div>
        </fieldset>
      ))}
      <div className="field">
        <label htmlFor={`${id}-outcome`}>{t('programme.coaching.outcomeLabel')}</label>
        <textarea
          id={`${id}-outcome`}
          className="input"
          rows={2}
          maxLength={4000}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value)}
        />
      </div>
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPhases((all) => [...all, { name: '', start, end: '' }])}
        >
          {t('programme.coaching.addPhase')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('programme.coaching.save')}
        </button>
        <span role="status" className="form__progress">
          {save.isSuccess ? t('programme.form.saved') : ''}
        </span>
      </div>
    </form>
  );
}
