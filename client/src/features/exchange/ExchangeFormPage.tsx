import {
  endpoints,
  type Exchange,
  EXCHANGE_VISIBILITIES,
  type ExchangeVisibility,
  type FieldOfAction,
  isId,
} from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Page } from '../../components/Page';
import { Checkbox, RadioGroup, TextArea, TextField } from '../../ui/form/Field';
import { api, errorKey, isApiError } from '../../lib/api';
import { councilsQuery } from '../councils/queries';
import { FieldChoice } from './FieldChoice';
import { exchangePaths } from './paths';
import { exchangeKeys, exchangeQuery } from './queries';
import './exchange.css';

/** The server names the offending field (`body.title`); the form shows it there. */
function fieldError(error: unknown, path: string): boolean {
  return (
    isApiError(error, 'validation_failed') &&
    error.fields.some((field) => field.path === path || field.path.startsWith(`${path}.`))
  );
}

/** The exchange's theme, fields, councils and visibility; people are invited when it is opened. */
function ExchangeForm({ exchange }: { exchange?: Exchange }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const councils = useQuery(councilsQuery);
  const [title, setTitle] = useState(exchange?.title ?? '');
  const [description, setDescription] = useState(exchange?.description ?? '');
  const [fields, setFields] = useState<FieldOfAction[]>(exchange?.fieldsOfAction ?? []);
  const [visibility, setVisibility] = useState<ExchangeVisibility>(
    exchange?.visibility ?? 'invited',
  );
  const [workspaceIds, setWorkspaceIds] = useState<string[]>(
    exchange?.councils.map((c) => c.id) ?? [],
  );
  const [people, setPeople] = useState('');
  const [titleMissing, setTitleMissing] = useState(false);

  const create = useMutation({
    mutationFn: () => {
      const common = {
        title: title.trim(),
        description: description.trim(),
        fieldsOfAction: fields,
        visibility,
        workspaceIds,
      };
      if (exchange)
        return api(endpoints.exchange.update, { params: { id: exchange.id }, body: common });
      const peopleEmails = people
        .split(/[\s,;]+/)
        .map((email) => email.trim())
        .filter(Boolean);
      return api(endpoints.exchange.create, { body: { ...common, peopleEmails } });
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.list });
      queryClient.setQueryData(exchangeKeys.detail(saved.id), saved);
      void navigate(exchangePaths.exchange(saved.id));
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
      <TextArea
        id={`${id}-description`}
        label={t('exchange.form.description')}
        rows={4}
        value={description}
        onValueChange={setDescription}
      />
      <FieldChoice legend={t('exchange.form.fields')} value={fields} onChange={setFields} />
      <fieldset className="x-choices">
        <legend>{t('exchange.form.councils')}</legend>
        {councils.data?.items.map((council) => (
          <Checkbox
            key={council.id}
            id={`${id}-council-${council.id}`}
            fieldClassName="x-choice"
            label={council.name}
            checked={workspaceIds.includes(council.id)}
            onCheckedChange={(checked) =>
              setWorkspaceIds(
                checked
                  ? [...workspaceIds, council.id]
                  : workspaceIds.filter((item) => item !== council.id),
              )
            }
          />
        ))}
      </fieldset>
      {exchange ? null : (
        <TextArea
          id={`${id}-people`}
          label={t('exchange.form.people')}
          rows={2}
          value={people}
          hint={
            fieldError(create.error, 'body.peopleEmails')
              ? undefined
              : t('exchange.form.peopleHint')
          }
          error={
            fieldError(create.error, 'body.peopleEmails')
              ? t('exchange.form.peopleUnknown')
              : undefined
          }
          onValueChange={setPeople}
        />
      )}
      <RadioGroup
        id={`${id}-vis`}
        name={`${id}-visibility`}
        label={t('exchange.form.visibility')}
        options={EXCHANGE_VISIBILITIES.map((option) => ({
          value: option,
          label: t(`exchange.visibilityHint.${option}`),
        }))}
        value={visibility}
        onChange={setVisibility}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={create.isPending}>
          {exchange ? t('exchange.form.save') : t('exchange.form.submit')}
        </button>
      </div>
    </form>
  );
}

/** `/austausch/neu`: a coordinator or a council's Geschäftsstelle opens an exchange on a theme. */
export function CreateExchangePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('exchange.form.title')} intro={t('exchange.form.intro')}>
      <ExchangeForm />
    </Page>
  );
}

/** `/austausch/:exchangeId/bearbeiten`: its managers change theme, fields, councils, visibility. */
export function EditExchangePage() {
  const { t } = useTranslation();
  const { exchangeId } = useParams();
  const valid = isId(exchangeId);
  const query = useQuery({ ...exchangeQuery(exchangeId ?? ''), enabled: valid });
  if (!valid || isApiError(query.error, 'not_found')) return <NotFoundPage />;
  if (query.isPending) return <LoadingState />;
  if (query.error || !query.data.permissions.manage) {
    return (
      <Page title={t('exchange.form.editTitle')}>
        <p role="alert">{t('errors.forbidden')}</p>
      </Page>
    );
  }
  return (
    <Page title={t('exchange.form.editTitle')} intro={t('exchange.form.editIntro')}>
      <ExchangeForm exchange={query.data} />
    </Page>
  );
}
