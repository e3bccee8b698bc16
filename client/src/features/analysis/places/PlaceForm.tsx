import { endpoints, type FieldError, type Place } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, api, errorKey } from '../../../lib/api';
import { ANALYSIS_KEY } from '../manage/queries';
import { TextField } from '../../../ui/form/Field';

export interface PlaceDraft {
  name: string;
  terms: string;
  lat: string;
  lon: string;
}

export const draftOf = (place: Place | null): PlaceDraft => ({
  name: place?.name ?? '',
  terms: place?.terms.join(', ') ?? '',
  lat: place?.lat === null || place?.lat === undefined ? '' : String(place.lat),
  lon: place?.lon === null || place?.lon === undefined ? '' : String(place.lon),
});

/** A decimal coordinate as typed, with a point or a German comma. */
const coordinate = (text: string): number | null => {
  const value = text.trim().replace(',', '.');
  return value === '' || !/^-?\d+(\.\d+)?$/.test(value) ? null : Number(value);
};

const fieldError = (error: unknown, path: string) =>
  error instanceof ApiRequestError
    ? error.fields.find((f: FieldError) => f.path === path)?.message
    : undefined;

/**
 * Defines or changes one place: its name, the words the answers name it by, and its position.
 * The coordinate fields are the keyboard's way to place it; a click on the map fills them too.
 */
export function PlaceForm({
  analysisId,
  place,
  draft,
  onDraft,
  onDone,
}: {
  analysisId: string;
  place: Place | null;
  draft: PlaceDraft;
  onDraft: (draft: PlaceDraft) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [touched, setTouched] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: draft.name,
        terms: draft.terms
          .split(',')
          .map((term) => term.trim())
          .filter((term) => term !== ''),
        lat: coordinate(draft.lat),
        lon: coordinate(draft.lon),
      };
      return place
        ? api(endpoints.places.update, { params: { id: analysisId, placeId: place.id }, body })
        : api(endpoints.places.create, { params: { id: analysisId }, body });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [ANALYSIS_KEY, analysisId, 'places'] });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!save.isPending) save.mutate();
  };
  const set = (field: keyof PlaceDraft) => (value: string) => onDraft({ ...draft, [field]: value });
  const errors = {
    name: fieldError(save.error, 'body.name'),
    terms: fieldError(save.error, 'body.terms'),
    lat: fieldError(save.error, 'body.lat'),
    lon: fieldError(save.error, 'body.lon'),
  };
  const field = (name: keyof PlaceDraft, hint?: string) => (
    <TextField
      id={`${id}-${name}`}
      label={t(`angstraeume.form.${name}`)}
      hint={hint}
      error={touched ? errors[name] : undefined}
      value={draft[name]}
      inputMode={name === 'lat' || name === 'lon' ? 'decimal' : undefined}
      onValueChange={set(name)}
    />
  );

  return (
    <form className="places-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {place ? t('angstraeume.form.edit', { name: place.name }) : t('angstraeume.form.new')}
      </h3>
      <div className="analysis-row">
        {field('name')}
        {field('terms', t('angstraeume.form.termsHint'))}
      </div>
      <fieldset className="analysis-row">
        <legend>{t('angstraeume.form.position')}</legend>
        <p className="places-form__hint">{t('angstraeume.form.positionHint')}</p>
        {field('lat')}
        {field('lon')}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={save.isPending}>
          {t('angstraeume.form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('angstraeume.form.cancel')}
        </button>
      </div>
      {save.error ? (
        <p role="alert" className="form__alert">
          {t(errorKey(save.error))}
        </p>
      ) : null}
    </form>
  );
}
