import {
  EXCHANGE_VISIBILITIES,
  endpoints,
  type ExchangeVisibility,
  type FieldOfAction,
} from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { api, errorKey, isApiError } from '../../lib/api';
import { councilsQuery } from '../councils/queries';
import { FieldChoice } from './FieldChoice';
import { exchangePaths } from './paths';
import { exchangeKeys } from './queries';
import './exchange.css';

/** The server names the offending field (`body.title`); the form shows it there. */
function fieldError(error: unknown, path: string): boolean {
  return (
    isApiError(error, 'validation_failed') &&
    error.fields.some((field) => field.path === path || field.path.startsWith(`${path}.`))
  );
}

/** `/austausch/neu`: a coordinator or a council's Geschäftsstelle opens an exchange on a theme. */
export function CreateExchangePage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const councils = useQuery(councilsQuery);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [fields, setFields] = useState<FieldOfAction[]>([]);
  const [visibility, setVisibility] = useState<ExchangeVisibility>('invited');
  const [workspaceIds, setWorkspaceIds] = useState<string[]>([]);
  const [people, setPeople] = useState('');
  const [titleMissing, setTitleMissing] = useState(false);

  const create = useMutation({
    mutationFn: () =>
      api(endpoints.exchange.create, {
        body: {
          title: title.trim(),
          description: description.trim(),
          fieldsOfAction: fields,
          visibility,
          workspaceIds,
          peopleEmails: people
            .split(/[\s,;]+/)
            .map((email) => email.trim())
            .filter(Boolean),
        },
      }),
    onSuccess: (exchange) => {
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.list });
      void navigate(exchangePaths.exchange(exchange.id));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleMissing(true);
      return;
    }
    if (!create.isPending) create.mutate();
  };

  return (
    <Page title={t('exchange.form.title')} intro={t('exchange.form.intro')}>
      <form className="form" onSubmit={submit} noValidate>
        {create.error ? (
          <p className="form__alert" role="alert">
            {t(errorKey(create.error))}
          </p>
        ) : null}
        <TextField
          id={`${id}-title`}
          label={t('exchange.form.theme')}
          value={title}
          maxLength={160}
          error={
            titleMissing || fieldError(create.error, 'body.title')
              ? t('exchange.form.themeRequired')
              : undefined
          }
          onChange={(event) => {
            setTitle(event.target.value);
            setTitleMissing(false);
          }}
        />
        <div className="field">
          <label htmlFor={`${id}-description`}>{t('exchange.form.description')}</label>
          <textarea
            id={`${id}-description`}
            className="input"
            rows={4}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <FieldChoice legend={t('exchange.form.fields')} value={fields} onChange={setFields} />
        <fieldset className="x-choices">
          <legend>{t('exchange.form.councils')}</legend>
          {councils.data?.items.map((council) => (
            <div key={council.id} className="x-choice">
              <input
                id={`${id}-council-${council.id}`}
                type="checkbox"
                checked={workspaceIds.includes(council.id)}
                onChange={(event) =>
                  setWorkspaceIds(
                    event.target.checked
                      ? [...workspaceIds, council.id]
                      : workspaceIds.filter((item) => item !== council.id),
                  )
                }
              />
              <label htmlFor={`${id}-council-${council.id}`}>{council.name}</label>
            </div>
          ))}
        </fieldset>
        <div
          className={`field${fieldError(create.error, 'body.peopleEmails') ? ' field--invalid' : ''}`}
        >
          <label htmlFor={`${id}-people`}>{t('exchange.form.people')}</label>
          <textarea
            id={`${id}-people`}
            className="input"
            rows={2}
            value={people}
            aria-describedby={`${id}-people-hint`}
            onChange={(event) => setPeople(event.target.value)}
          />
          <p id={`${id}-people-hint`} className="x-hint">
            {fieldError(create.error, 'body.peopleEmails')
              ? t('exchange.form.peopleUnknown')
              : t('exchange.form.peopleHint')}
          </p>
        </div>
        <fieldset className="x-choices">
          <legend>{t('exchange.form.visibility')}</legend>
          {EXCHANGE_VISIBILITIES.map((option) => (
            <div key={option} className="x-choice">
              <input
                id={`${id}-vis-${option}`}
                type="radio"
                name={`${id}-visibility`}
                checked={visibility === option}
                onChange={() => setVisibility(option)}
              />
              <label htmlFor={`${id}-vis-${option}`}>
                {t(`exchange.visibilityHint.${option}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={create.isPending}>
            {t('exchange.form.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}
