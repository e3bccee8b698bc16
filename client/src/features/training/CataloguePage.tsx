import {
  FIELDS_OF_ACTION,
  FieldOfActionSchema,
  TRAINING_FORMATS,
  TRAINING_TARGET_GROUPS,
  TRAINING_TYPES,
  TrainingFormatSchema,
  TrainingTargetGroupSchema,
  TrainingTypeSchema,
  type TrainingListQuery,
  type TrainingOffer,
} from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useSession } from '../auth/session';
import { formatSessionTime } from './format';
import { trainingPaths } from './paths';
import { offersQuery } from './queries';

/** `/fortbildung`: the programme's training catalogue, public, with filters. */
export function CataloguePage() {
  const { t } = useTranslation();
  const id = useId();
  const { user } = useSession();
  const [filter, setFilter] = useState<TrainingListQuery>({});
  const [place, setPlace] = useState('');
  const deferredPlace = useDeferredValue(place.trim());
  const query = useQuery(
    offersQuery({ ...filter, ...(deferredPlace ? { place: deferredPlace } : {}) }),
  );
  const set = <K extends keyof TrainingListQuery>(
    key: K,
    value: TrainingListQuery[K] | undefined,
  ) =>
    setFilter((current) => {
      const next = { ...current };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });
  const canManage = query.data?.items[0]?.canManage ?? user?.platformRoles.includes('coordinator');

  return (
    <Page title={t('training.catalogue.title')} intro={t('training.catalogue.intro')}>
      <p className="t-actions">
        <Link to={trainingPaths.degree}>{t('training.degree.link')}</Link>
        {user ? <Link to={trainingPaths.mine}>{t('training.mine.link')}</Link> : null}
        <Link to={trainingPaths.verify}>{t('training.verify.link')}</Link>
        {canManage ? (
          <Link className="button" to={trainingPaths.create}>
            {t('training.catalogue.create')}
          </Link>
        ) : null}
      </p>
      <form
        className="t-filters"
        aria-label={t('training.catalogue.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor={`${id}-field`}>{t('training.fields.fieldOfAction')}</label>
          <select
            id={`${id}-field`}
            className="input"
            value={filter.field ?? ''}
            onChange={(e) => set('field', FieldOfActionSchema.safeParse(e.target.value).data)}
          >
            <option value="">{t('training.catalogue.all')}</option>
            {FIELDS_OF_ACTION.map((option) => (
              <option key={option} value={option}>
                {t(`vocab.field.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`}>{t('training.fields.targetGroup')}</label>
          <select
            id={`${id}-group`}
            className="input"
            value={filter.targetGroup ?? ''}
            onChange={(e) =>
              set('targetGroup', TrainingTargetGroupSchema.safeParse(e.target.value).data)
            }
          >
            <option value="">{t('training.catalogue.all')}</option>
            {TRAINING_TARGET_GROUPS.map((option) => (
              <option key={option} value={option}>
                {t(`training.targetGroup.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>{t('training.fields.format')}</label>
          <select
            id={`${id}-format`}
            className="input"
            value={filter.format ?? ''}
            onChange={(e) => set('format', TrainingFormatSchema.safeParse(e.target.value).data)}
          >
            <option value="">{t('training.catalogue.all')}</option>
            {TRAINING_FORMATS.map((option) => (
              <option key={option} value={option}>
                {t(`training.format.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('training.fields.type')}</label>
          <select
            id={`${id}-type`}
            className="input"
            value={filter.type ?? ''}
            onChange={(e) => set('type', TrainingTypeSchema.safeParse(e.target.value).data)}
          >
            <option value="">{t('training.catalogue.all')}</option>
            {TRAINING_TYPES.map((option) => (
              <option key={option} value={option}>
                {t(`training.type.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('training.catalogue.from')}</label>
          <input
            id={`${id}-from`}
            className="input"
            type="date"
            value={filter.from ?? ''}
            onChange={(e) => set('from', e.target.value || undefined)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-place`}>{t('training.fields.place')}</label>
          <input
            id={`${id}-place`}
            className="input"
            type="search"
            value={place}
            onChange={(e) => setPlace(e.target.value)}
          />
        </div>
      </form>
      {query.isPending ? <LoadingState /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? (
        <EmptyState text={t('training.catalogue.none')} />
      ) : null}
      <ul className="card-list" aria-label={t('training.catalogue.listLabel')}>
        {query.data?.items.map((offer) => (
          <li key={offer.id}>
            <OfferCard offer={offer} />
          </li>
        ))}
      </ul>
    </Page>
  );
}

function OfferCard({ offer }: { offer: TrainingOffer }) {
  const { t } = useTranslation();
  const next = offer.sessions.find((s) => s.open) ?? offer.sessions[0];
  const free = offer.sessions.reduce((sum, s) => sum + s.free, 0);
  return (
    <article className="card t-card">
      <h2 className="card__title">
        <Link to={trainingPaths.offer(offer.id)}>{offer.title}</Link>
      </h2>
      <p className="t-meta">
        <span>{t(`training.type.${offer.type}`)}</span>
        <span>{t(`training.format.${offer.format}`)}</span>
        {offer.status === 'cancelled' ? <strong>{t('training.offer.cancelled')}</strong> : null}
      </p>
      {next ? (
        <p>
          {formatSessionTime(next.startsAt, next.endsAt)}
          {next.place ? ` · ${next.place}` : ''}
        </p>
      ) : null}
      {offer.summary ? <p>{offer.summary}</p> : null}
      <p className="t-meta">
        {offer.fieldsOfAction.map((field) => (
          <span key={field} className="x-tag">
            {t(`vocab.field.${field}`)}
          </span>
        ))}
      </p>
      <p>{free > 0 ? t('training.offer.freePlaces', { count: free }) : t('training.offer.full')}</p>
    </article>
  );
}
