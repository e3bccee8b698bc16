import { endpoints, type TrainingSession, type UpdateTrainingSessionBody } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/form/Field';
import { api, isApiError } from '../../lib/api';
import { trainingErrorKey } from './format';
import { trainingKeys } from './queries';

/** `2026-05-12T09:00` in the browser's time zone, for `datetime-local` inputs. */
const toLocalInput = (iso: string) => {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/**
 * The organiser changes a session's time, place or places. Lowering the places below those taken
 * asks what should happen (waiting list or keep everyone); nobody is dropped silently.
 */
export function SessionEditor({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<UpdateTrainingSessionBody | null>(null);
  const save = useMutation({
    mutationFn: (body: UpdateTrainingSessionBody) =>
      api(endpoints.training.updateSession, { params: { sessionId: session.id }, body }),
    onSuccess: async () => {
      setPending(null);
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
    },
    onError: (error, body) => {
      if (isApiError(error, 'capacity_below_registered')) setPending(body);
    },
  });
  if (!open)
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('training.session.edit')}
      </button>
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    save.mutate({
      startsAt: new Date(text('startsAt')).toISOString(),
      endsAt: new Date(text('endsAt')).toISOString(),
      place: text('place'),
      capacity: Number(text('capacity')),
    });
  };
  if (pending)
    return (
      <div className="t-notice" role="alertdialog" aria-labelledby={`${id}-ask`}>
        <p id={`${id}-ask`}>
          {t('training.session.askOverflow', {
            registered: session.registered,
            capacity: pending.capacity,
          })}
        </p>
        <div className="t-actions">
          <button
            type="button"
            className="button"
            onClick={() => save.mutate({ ...pending, overflow: 'waitlist' })}
          >
            {t('training.session.toWaitlist')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => save.mutate({ ...pending, overflow: 'keep' })}
          >
            {t('training.session.keep')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setPending(null)}
          >
            {t('training.session.back')}
          </button>
        </div>
      </div>
    );
  return (
    <form className="form" onSubmit={submit} aria-label={t('training.session.edit')}>
      <TextField
        id={`${id}-start`}
        name="startsAt"
        type="datetime-local"
        label={t('training.fields.startsAt')}
        defaultValue={toLocalInput(session.startsAt)}
        required
      />
      <TextField
        id={`${id}-end`}
        name="endsAt"
        type="datetime-local"
        label={t('training.fields.endsAt')}
        defaultValue={toLocalInput(session.endsAt)}
        required
      />
      <TextField
        id={`${id}-place`}
        name="place"
        label={t('training.fields.place')}
        defaultValue={session.place}
      />
      <TextField
        id={`${id}-capacity`}
        name="capacity"
        type="number"
        min={1}
        label={t('training.fields.capacity')}
        defaultValue={String(session.capacity)}
        required
      />
      {save.error && !isApiError(save.error, 'capacity_below_registered') ? (
        <p className="form__alert" role="alert">
          {t(trainingErrorKey(save.error))}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('training.session.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('training.session.back')}
        </button>
      </div>
    </form>
  );
}
