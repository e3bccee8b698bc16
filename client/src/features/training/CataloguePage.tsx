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
import { Select, TextField } from '../../ui/form/Field';
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
        <Select
          id={`${id}-field`}
          label={t('training.fields.fieldOfAction')}
          value={filter.field ?? ''}
          empty={t('training.catalogue.all')}
          options={FIELDS_OF_ACTION.map((v) => ({ value: v, label: t(`vocab.field.${v}`) }))}
          onValueChange={(v) => set('field', FieldOfActionSchema.safeParse(v).data)}
        />
        <Select
          id={`${id}-group`}
          label={t('training.fields.targetGroup')}
          value={filter.targetGroup ?? ''}
          empty={t('training.catalogue.all')}
          options={TRAINING_TARGET_GROUPS.map((v) => ({
            value: v,
            label: t(`training.targetGroup.${v}`),
          }))}
          onValueChange={(v) => set('targetGroup', TrainingTargetGroupSchema.safeParse(v).data)}
        />
        <Select
          id={`${id}-format`}
          label={t('training.fields.format')}
          value={filter.format ?? ''}
          empty={t('training.catalogue.all')}
          options={TRAINING_FORMATS.map((v) => ({ value: v, label: t(`training.format.${v}`) }))}
          onValueChange={(v) => set('format', TrainingFormatSchema.safeParse(v).data)}
        />
        <Select
          id={`${id}-type`}
          label={t('training.fields.type')}
          value={filter.type ?? ''}
          empty={t('training.catalogue.all')}
          options={TRAINING_TYPES.map((v) => ({ value: v, label: t(`training.type.${v}`) }))}
          onValueChange={(v) => set('type', TrainingTypeSchema.safeParse(v).data)}
        />
        <TextField
          id={`${id}-from`}
          label={t('training.catalogue.from')}
          type="date"
          value={filter.from ?? ''}
          onValueChange={(v) => set('from', v || undefined)}
        />
        <TextField
          id={`${id}-place`}
          label={t('training.fields.place')}
          type="search"
          value={place}
          onValueChange={setPlace}
        />
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
