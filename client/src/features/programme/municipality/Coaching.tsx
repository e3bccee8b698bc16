import { endpoints, todayInSaxony, type Coaching } from '@pnetz/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { formatDay } from '../format';
import { TextArea, TextField } from '../../../ui/form/Field';
import { FormAlert } from './FormAlert';
import { RecordAction } from './RecordSection';
import { useRecordMutation } from './useRecordMutation';

interface Phase {
  name: string;
  start: string;
  end: string;
}

/** One ASSKomm coaching process: coach, phases with dates, end and outcome. */
export function CoachingCard({ coaching, canWrite }: { coaching: Coaching; canWrite: boolean }) {
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
            <RecordAction label={t('programme.coaching.finish')} action={finish} />
          ) : null}
          <RecordAction label={t('programme.form.delete')} action={remove} />
        </div>
      ) : null}
    </li>
  );
}

/** Adds a coaching process with its phases. */
export function CoachingForm({ municipalityId }: { municipalityId: string }) {
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
        <TextField
          id={`${id}-coach`}
          label={t('programme.coaching.coachLabel')}
          required
          maxLength={120}
          value={coach}
          onValueChange={setCoach}
        />
        <TextField
          id={`${id}-start`}
          label={t('programme.form.start')}
          type="date"
          required
          value={start}
          onValueChange={setStart}
        />
        <TextField
          id={`${id}-end`}
          label={t('programme.form.endOptional')}
          type="date"
          value={end}
          onValueChange={setEnd}
        />
      </div>
      {phases.map((phase, index) => (
        <fieldset key={index} className="programme-row">
          <legend>{t('programme.coaching.phase', { number: index + 1 })}</legend>
          <TextField
            id={`${id}-pname-${index}`}
            label={t('programme.coaching.phaseName')}
            required
            value={phase.name}
            onValueChange={(value) => update(index, { name: value })}
          />
          <TextField
            id={`${id}-pstart-${index}`}
            label={t('programme.form.start')}
            type="date"
            required
            value={phase.start}
            onValueChange={(value) => update(index, { start: value })}
          />
          <TextField
            id={`${id}-pend-${index}`}
            label={t('programme.form.endOptional')}
            type="date"
            value={phase.end}
            onValueChange={(value) => update(index, { end: value })}
          />
        </fieldset>
      ))}
      <TextArea
        id={`${id}-outcome`}
        label={t('programme.coaching.outcomeLabel')}
        rows={2}
        maxLength={4000}
        value={outcome}
        onValueChange={setOutcome}
      />
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
