import { endpoints, type TrainingOffer, type TrainingSession } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { TextField } from '../../ui/form/Field';
import { api } from '../../lib/api';
import { formatDate, formatMoney } from '../../lib/format';
import { useSession } from '../auth/session';
import { FeedbackResultsView } from './FeedbackResultsView';
import { formatSessionTime, trainingErrorKey } from './format';
import { trainingPaths } from './paths';
import { SessionEditor } from './SessionEditor';
import { offerQuery, trainingKeys } from './queries';

/** `/fortbildung/:offerId`: one offer, its dates and free places, and registration. */
export function OfferPage() {
  const { t } = useTranslation();
  const { offerId = '' } = useParams();
  const query = useQuery(offerQuery(offerId));
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const offer = query.data;
  return (
    <Page title={offer.title} intro={offer.summary || undefined}>
      <p>
        <Link to={trainingPaths.catalogue}>{t('training.offer.back')}</Link>
      </p>
      {offer.status === 'cancelled' ? (
        <p className="form__alert" role="status">
          {t('training.offer.cancelledNotice')}
        </p>
      ) : null}
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('training.fields.type')}</dt>
          <dd>{t(`training.type.${offer.type}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.fields.format')}</dt>
          <dd>{t(`training.format.${offer.format}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.fields.fieldOfAction')}</dt>
          <dd>{offer.fieldsOfAction.map((f) => t(`vocab.field.${f}`)).join(', ') || '–'}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.fields.targetGroup')}</dt>
          <dd>{offer.targetGroups.map((g) => t(`training.targetGroup.${g}`)).join(', ') || '–'}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.fields.fee')}</dt>
          <dd>{offer.feeEuros > 0 ? formatMoney(offer.feeEuros) : t('training.offer.free')}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('training.fields.contact')}</dt>
          <dd>
            {offer.contact.name},{' '}
            <a href={`mailto:${offer.contact.email}`}>{offer.contact.email}</a>
            {offer.contact.phone ? `, ${offer.contact.phone}` : ''}
          </dd>
        </div>
      </dl>
      {offer.description ? <p className="t-text">{offer.description}</p> : null}
      <section className="section" aria-labelledby="t-sessions">
        <h2 id="t-sessions" className="section__title">
          {t('training.offer.sessions')}
        </h2>
        <ul className="t-sessions">
          {offer.sessions.map((session) => (
            <li key={session.id}>
              <SessionItem offer={offer} session={session} />
            </li>
          ))}
        </ul>
      </section>
      {offer.canManage ? <OrganiserTools offer={offer} /> : null}
    </Page>
  );
}

function SessionItem({ offer, session }: { offer: TrainingOffer; session: TrainingSession }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const mine = offer.myRegistrations.find((r) => r.sessionId === session.id);
  const register = useMutation({
    mutationFn: () => api(endpoints.training.register, { params: { sessionId: session.id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
  const when = formatSessionTime(session.startsAt, session.endsAt);
  return (
    <article className="card t-session" aria-label={when}>
      <h3 className="card__title">{when}</h3>
      <p>
        {session.place ? session.place : null}
        {session.place && session.link ? ' · ' : null}
        {session.link ? t('training.offer.online') : null}
      </p>
      <p>
        {t('training.offer.places', { free: session.free, capacity: session.capacity })}
        {session.waiting > 0 ? ` · ${t('training.offer.waiting', { count: session.waiting })}` : ''}
      </p>
      <p className="x-muted">
        {t('training.offer.registrationUntil', { date: formatDate(session.registrationClosesAt) })}
      </p>
      {mine ? (
        <p className="t-status" role="status">
          {mine.status === 'registered'
            ? t('training.offer.youAreRegistered')
            : t('training.offer.youAreWaiting', { position: mine.position })}{' '}
          <Link to={trainingPaths.mine}>{t('training.mine.link')}</Link>
        </p>
      ) : session.open ? (
        user ? (
          <div>
            <button
              type="button"
              className="button"
              disabled={register.isPending}
              onClick={() => register.mutate()}
            >
              {session.free > 0 || !offer.waitlist
                ? t('training.register.member')
                : t('training.register.waitlist')}
            </button>
            {register.error ? (
              <p className="form__alert" role="alert">
                {t(trainingErrorKey(register.error))}
              </p>
            ) : null}
          </div>
        ) : (
          <GuestForm offer={offer} session={session} />
        )
      ) : (
        <p>{t('training.offer.closed')}</p>
      )}
      {offer.canManage ? (
        <div className="t-actions">
          <Link to={trainingPaths.checkIn(session.id)}>{t('training.checkIn.link')}</Link>
          <SessionEditor session={session} />
        </div>
      ) : null}
    </article>
  );
}

function GuestForm({ offer, session }: { offer: TrainingOffer; session: TrainingSession }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const send = useMutation({
    mutationFn: (body: { name: string; organisation: string; email: string }) =>
      api(endpoints.training.registerGuest, { params: { sessionId: session.id }, body }),
  });
  const fieldError = (name: 'name' | 'organisation' | 'email') =>
    send.error && 'fields' in send.error
      ? (send.error as { fields: readonly { path: string }[] }).fields.some(
          (f) => f.path === `body.${name}`,
        )
        ? t(`training.register.invalid.${name}`)
        : undefined
      : undefined;
  if (send.data)
    return (
      <p className="t-status" role="status">
        {t('training.register.guestSent', {
          email: send.data.email,
          date: formatDate(send.data.confirmBy),
        })}
      </p>
    );
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {session.free > 0 || !offer.waitlist
          ? t('training.register.guest')
          : t('training.register.waitlist')}
      </button>
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    send.mutate({
      name: String(data.get('name') ?? ''),
      organisation: String(data.get('organisation') ?? ''),
      email: String(data.get('email') ?? ''),
    });
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('training.register.guestForm')}>
      <p className="x-hint">{t('training.register.guestHint')}</p>
      <TextField
        id={`${id}-name`}
        name="name"
        label={t('training.register.name')}
        required
        autoComplete="name"
        error={fieldError('name')}
      />
      <TextField
        id={`${id}-organisation`}
        name="organisation"
        label={t('training.register.organisation')}
        required
        autoComplete="organization"
        error={fieldError('organisation')}
      />
      <TextField
        id={`${id}-email`}
        name="email"
        type="email"
        label={t('training.register.email')}
        required
        autoComplete="email"
        error={fieldError('email')}
      />
      {send.error ? (
        <p className="form__alert" role="alert">
          {t(trainingErrorKey(send.error))}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={send.isPending}>
          {t('training.register.send')}
        </button>
      </div>
    </form>
  );
}

function OrganiserTools({ offer }: { offer: TrainingOffer }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => api(endpoints.training.cancelOffer, { params: { id: offer.id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
  return (
    <section className="section" aria-labelledby="t-organise">
      <h2 id="t-organise" className="section__title">
        {t('training.organise.title')}
      </h2>
      <FeedbackResultsView offerId={offer.id} />
      {offer.status === 'published' ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              if (window.confirm(t('training.organise.cancelConfirm'))) cancel.mutate();
            }}
          >
            {t('training.organise.cancelOffer')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
