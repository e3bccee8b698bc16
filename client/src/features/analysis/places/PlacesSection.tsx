import {
  AVOID_REASONS,
  PLACES_MIN_RESPONDENTS,
  endpoints,
  type Place,
  type SecurityAnalysis,
} from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { api, apiBlob, errorKey } from '../../../lib/api';
import { ANALYSIS_KEY, saveBlob } from '../manage/queries';
import { roundCoordinate } from './geo';
import { PlaceForm, draftOf, type PlaceDraft } from './PlaceForm';
import { PlacesMap, type MapPoint } from './PlacesMap';
import { placesQuery } from './queries';
import './places.css';

/**
 * Angsträume: the places residents avoid, ranked by share with their reasons (places and reasons
 * under 10 respondents are left out by the server), on the programme's map, and as GeoJSON. The
 * analysis team defines the places and places them by a click or by coordinates.
 */
export function PlacesSection({ analysis }: { analysis: SecurityAnalysis }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery(placesQuery(analysis.id));
  // `undefined`: no form; `null`: a new place; otherwise the place being changed.
  const [editing, setEditing] = useState<Place | null | undefined>(undefined);
  const [draft, setDraft] = useState<PlaceDraft>(draftOf(null));
  const download = useMutation({
    mutationFn: () => apiBlob(endpoints.places.geojson, { params: { id: analysis.id } }),
    onSuccess: (blob) => saveBlob(blob, 'angstraeume.geojson'),
  });
  const remove = useMutation({
    mutationFn: (place: Place) =>
      api(endpoints.places.remove, { params: { id: analysis.id, placeId: place.id } }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [ANALYSIS_KEY, analysis.id, 'places'] }),
  });
  const percent = (value: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(
      value,
    );
  const open = (place: Place | null) => {
    setEditing(place);
    setDraft(draftOf(place));
  };

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending) return <LoadingState />;
  const { ranking } = data;
  const known = (reason: string): reason is (typeof AVOID_REASONS)[number] =>
    (AVOID_REASONS as readonly string[]).includes(reason);
  const reasonText = (reason: string) =>
    known(reason) ? t(`angstraeume.reasons.${reason}`) : reason;
  const points: MapPoint[] = data.canManage
    ? data.places.flatMap((place) =>
        place.lat === null || place.lon === null
          ? []
          : [
              {
                id: place.id,
                label: place.name,
                mark: String(ranking.items.findIndex((i) => i.placeId === place.id) + 1 || '•'),
                lat: place.lat,
                lon: place.lon,
              },
            ],
      )
    : ranking.items.flatMap((item, index) =>
        item.lat === null || item.lon === null
          ? []
          : [
              {
                id: item.placeId,
                label: `${item.name}: ${percent(item.share)}`,
                mark: String(index + 1),
                lat: item.lat,
                lon: item.lon,
              },
            ],
      );

  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('angstraeume.title')}</h2>
      <p>{t('angstraeume.intro')}</p>
      <p>
        {t('angstraeume.base', { count: ranking.base })}{' '}
        {ranking.weighted ? t('angstraeume.weighted') : t('angstraeume.unweighted')}
      </p>
      {ranking.items.length === 0 ? (
        <p>{t('angstraeume.none', { minimum: PLACES_MIN_RESPONDENTS })}</p>
      ) : (
        <div
          className="analysis-table-wrap"
          role="region"
          tabIndex={0}
          aria-label={t('angstraeume.ranking')}
        >
          <table className="analysis-table" data-testid="places-ranking">
            <caption>{t('angstraeume.ranking')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('angstraeume.rank')}</th>
                <th scope="col">{t('angstraeume.place')}</th>
                <th scope="col">{t('angstraeume.share')}</th>
                <th scope="col">{t('angstraeume.reasonsTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.items.map((item, index) => (
                <tr key={item.placeId}>
                  <td>{index + 1}</td>
                  <th scope="row">{item.name}</th>
                  <td>
                    {percent(item.share)}{' '}
                    <span className="places-n">
                      {t('angstraeume.respondents', { count: item.respondents })}
                    </span>
                  </td>
                  <td>
                    {item.reasons.length === 0 ? (
                      '–'
                    ) : (
                      <ul className="places-reasons">
                        {item.reasons.map((r) => (
                          <li key={r.reason}>
                            {reasonText(r.reason)}: {percent(r.share)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="places-note">
        {t('angstraeume.suppressed', {
          count: ranking.suppressedPlaces,
          minimum: PLACES_MIN_RESPONDENTS,
        })}
      </p>

      <PlacesMap
        centre={data.centre}
        points={points}
        onPick={
          editing === undefined
            ? undefined
            : ({ lat, lon }) =>
                setDraft((d) => ({
                  ...d,
                  lat: String(roundCoordinate(lat)),
                  lon: String(roundCoordinate(lon)),
                }))
        }
      />
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={download.isPending}
          onClick={() => {
            if (!download.isPending) download.mutate();
          }}
        >
          {t('angstraeume.download')}
        </button>
      </div>
      {download.error ? (
        <p role="alert" className="form__alert">
          {t(errorKey(download.error))}
        </p>
      ) : null}

      {data.canManage ? (
        <>
          <h3>{t('angstraeume.definitions')}</h3>
          <p>{t('angstraeume.definitionsIntro')}</p>
          {data.places.length > 0 ? (
            <ul className="places-list">
              {data.places.map((place) => (
                <li key={place.id}>
                  <span>
                    <strong>{place.name}</strong>
                    {place.terms.length > 0 ? ` (${place.terms.join(', ')})` : ''}
                    {' · '}
                    {place.lat === null || place.lon === null
                      ? t('angstraeume.notPlaced')
                      : t('angstraeume.placedAt', { lat: place.lat, lon: place.lon })}
                  </span>
                  <span className="places-list__actions">
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('angstraeume.editPlace', { name: place.name })}
                      onClick={() => open(place)}
                    >
                      {t('angstraeume.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('angstraeume.removePlace', { name: place.name })}
                      onClick={() => remove.mutate(place)}
                    >
                      {t('angstraeume.remove')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          {editing === undefined ? (
            <div className="form__actions">
              <button type="button" className="button" onClick={() => open(null)}>
                {t('angstraeume.add')}
              </button>
            </div>
          ) : (
            <PlaceForm
              key={editing?.id ?? 'new'}
              analysisId={analysis.id}
              place={editing}
              draft={draft}
              onDraft={setDraft}
              onDone={() => setEditing(undefined)}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
