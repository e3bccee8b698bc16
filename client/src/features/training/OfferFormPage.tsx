import {
  FIELDS_OF_ACTION,
  TRAINING_FORMATS,
  TRAINING_TARGET_GROUPS,
  TRAINING_TYPES,
  TrainingFormatSchema,
  TrainingTypeSchema,
  endpoints,
  type CreateTrainingOfferBody,
  type FieldOfAction,
  type TrainingTargetGroup,
} from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../components/Page';
import { Checkbox, CheckboxGroup, Select, TextArea, TextField } from '../../ui/form/Field';
import { api, isApiError } from '../../lib/api';
import { trainingErrorKey } from './format';
import { trainingPaths } from './paths';
import { trainingKeys } from './queries';

/** A local `datetime-local` value as an ISO timestamp with the browser's offset. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : '');

/** `/fortbildung/neu`: a coordinator creates an offer with its first date. */
export function OfferFormPage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<FieldOfAction[]>([]);
  const [groups, setGroups] = useState<TrainingTargetGroup[]>([]);
  const create = useMutation({
    mutationFn: (body: CreateTrainingOfferBody) => api(endpoints.training.create, { body }),
    onSuccess: async (offer) => {
      await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
      await navigate(trainingPaths.offer(offer.id));
    },
  });
  const fieldError = (path: string) =>
    isApiError(create.error) && create.error.fields.some((f) => f.path === path)
      ? t('training.form.invalid')
      : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    create.mutate({
      type: TrainingTypeSchema.parse(text('type')),
      format: TrainingFormatSchema.parse(text('format')),
      title: text('title'),
      summary: text('summary'),
      description: text('description'),
      fieldsOfAction: fields,
      targetGroups: groups,
      feeEuros: Number(text('fee') || 0),
      contact: {
        name: text('contactName'),
        email: text('contactEmail'),
        phone: text('contactPhone'),
      },
      waitlist: data.get('waitlist') === 'on',
      sessions: [
        {
          startsAt: toIso(text('startsAt')),
          endsAt: toIso(text('endsAt')),
          place: text('place'),
          link: text('link') || null,
          capacity: Number(text('capacity') || 0),
        },
      ],
    });
  };

  return (
    <Page title={t('training.form.title')}>
      <form className="form" onSubmit={submit} noValidate>
        <Select
          id={`${id}-type`}
          name="type"
          label={t('training.fields.type')}
          defaultValue="seminar"
          options={TRAINING_TYPES.map((type) => ({
            value: type,
            label: t(`training.type.${type}`),
          }))}
        />
        <Select
          id={`${id}-format`}
          name="format"
          label={t('training.fields.format')}
          defaultValue="in_person"
          options={TRAINING_FORMATS.map((format) => ({
            value: format,
            label: t(`training.format.${format}`),
          }))}
        />
        <TextField
          id={`${id}-title`}
          name="title"
          label={t('training.fields.title')}
          required
          error={fieldError('body.title')}
        />
        <TextField
          id={`${id}-summary`}
          name="summary"
          label={t('training.fields.summary')}
          error={fieldError('body.summary')}
        />
        <TextArea
          id={`${id}-description`}
          name="description"
          label={t('training.fields.description')}
        />
        <CheckboxGroup
          id={`${id}-fields`}
          label={t('training.fields.fieldOfAction')}
          options={FIELDS_OF_ACTION.map((field) => ({
            value: field,
            label: t(`vocab.field.${field}`),
          }))}
          values={fields}
          onChange={setFields}
        />
        <CheckboxGroup
          id={`${id}-groups`}
          label={t('training.fields.targetGroup')}
          options={TRAINING_TARGET_GROUPS.map((group) => ({
            value: group,
            label: t(`training.targetGroup.${group}`),
          }))}
          values={groups}
          onChange={setGroups}
        />
        <fieldset>
          <legend>{t('training.form.session')}</legend>
          <TextField
            id={`${id}-startsAt`}
            name="startsAt"
            type="datetime-local"
            label={t('training.fields.startsAt')}
            required
            error={fieldError('body.sessions.0.startsAt')}
          />
          <TextField
            id={`${id}-endsAt`}
            name="endsAt"
            type="datetime-local"
            label={t('training.fields.endsAt')}
            required
            error={fieldError('body.sessions.0.endsAt')}
          />
          <TextField
            id={`${id}-place`}
            name="place"
            label={t('training.fields.place')}
            error={fieldError('body.sessions.0.place')}
          />
          <TextField
            id={`${id}-link`}
            name="link"
            type="url"
            label={t('training.fields.link')}
            error={fieldError('body.sessions.0.link')}
          />
          <TextField
            id={`${id}-capacity`}
            name="capacity"
            type="number"
            min={1}
            label={t('training.fields.capacity')}
            required
            error={fieldError('body.sessions.0.capacity')}
          />
        </fieldset>
        <Checkbox
          id={`${id}-waitlist`}
          name="waitlist"
          defaultChecked
          label={t('training.fields.waitlist')}
        />
        <TextField
          id={`${id}-fee`}
          name="fee"
          type="number"
          min={0}
          step="0.01"
          defaultValue="0"
          label={t('training.fields.fee')}
          error={fieldError('body.feeEuros')}
        />
        <fieldset>
          <legend>{t('training.fields.contact')}</legend>
          <TextField
            id={`${id}-contactName`}
            name="contactName"
            label={t('training.fields.contactName')}
            required
            error={fieldError('body.contact.name')}
          />
          <TextField
            id={`${id}-contactEmail`}
            name="contactEmail"
            type="email"
            label={t('training.fields.contactEmail')}
            required
            error={fieldError('body.contact.email')}
          />
          <TextField
            id={`${id}-contactPhone`}
            name="contactPhone"
            type="tel"
            label={t('training.fields.contactPhone')}
          />
        </fieldset>
        {create.error ? (
          <p className="form__alert" role="alert">
            {t(trainingErrorKey(create.error))}
          </p>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {t('training.form.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}
