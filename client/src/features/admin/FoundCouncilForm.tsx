import {
  CreateWorkspaceBodySchema,
  LANGUAGES,
  ORGANISATION_TYPES,
  type CreatedWorkspace,
} from '@pnetz/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextArea, TextField } from '../../ui/form/Field';
import { currentLanguage } from '../../i18n/language';
import { errorKey, isApiError } from '../../lib/api';
import {
  focusFirstInvalid,
  schemaFieldErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../ui/form/field-errors';
import { useFoundCouncil } from './mutations';

export type FoundedCouncil = CreatedWorkspace & { email: string };

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** Field (as the schema names it) → its message key. */
const MESSAGES = {
  name: 'admin.found.errors.name',
  municipality: 'admin.found.errors.municipality',
  district: 'admin.found.errors.district',
  population: 'admin.found.errors.population',
  policeDirectorate: 'admin.found.errors.policeDirectorate',
  contactEmail: 'admin.found.errors.contactEmail',
  description: 'admin.found.errors.description',
  'firstAdmin.email': 'admin.found.errors.email',
  'firstAdmin.organisation.name': 'admin.found.errors.organisationName',
} as const;

/** The new council's profile and the first person of its Geschäftsstelle. */
export function FoundCouncilForm({ onFounded }: { onFounded: (council: FoundedCouncil) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const found = useFoundCouncil();
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (found.isPending) return;
    const data = new FormData(event.currentTarget);
    const optional = (name: string) => {
      const value = text(data, name);
      return value ? { [name]: value } : {};
    };
    const population = text(data, 'population');
    const parsed = CreateWorkspaceBodySchema.safeParse({
      name: text(data, 'name'),
      municipality: text(data, 'municipality'),
      district: text(data, 'district'),
      ...(population ? { population: Number(population) } : {}),
      ...optional('policeDirectorate'),
      ...optional('contactEmail'),
      ...optional('description'),
      firstAdmin: {
        email: text(data, 'email'),
        organisation: {
          type: text(data, 'organisationType'),
          name: text(data, 'organisationName'),
        },
        language: text(data, 'language'),
      },
    });
    if (!parsed.success) {
      setErrors(schemaFieldErrors(parsed.error));
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    setErrors({});
    const body = parsed.data;
    found.mutate(body, {
      onSuccess: (council) => onFounded({ ...council, email: body.firstAdmin.email }),
      onError: (error) => {
        setErrors(serverFieldErrors(error));
        requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      },
    });
  };

  const nameTaken = isApiError(found.error, 'conflict') && errors.name;
  const fieldError = (field: keyof typeof MESSAGES) => {
    if (field === 'name' && nameTaken) return t('admin.found.errors.nameTaken');
    return errors[field] ? t(MESSAGES[field]) : undefined;
  };
  const required = t('admin.found.required');
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {found.error && !nameTaken ? (
        <p className="form__alert" role="alert">
          {t(errorKey(found.error))}
        </p>
      ) : null}
      <p className="field__hint">{t('admin.found.requiredHint')}</p>
      <fieldset className="fieldset admin-fieldset">
        <legend>{t('admin.found.profile')}</legend>
        <TextField
          id={`${id}-name`}
          name="name"
          label={`${t('admin.found.fields.name')} ${required}`}
          placeholder={t('admin.found.namePlaceholder')}
          required
          error={fieldError('name')}
        />
        <div className="form-grid">
          <TextField
            id={`${id}-municipality`}
            name="municipality"
            label={`${t('admin.found.fields.municipality')} ${required}`}
            required
            error={fieldError('municipality')}
          />
          <TextField
            id={`${id}-district`}
            name="district"
            label={`${t('admin.found.fields.district')} ${required}`}
            required
            error={fieldError('district')}
          />
          <TextField
            id={`${id}-population`}
            name="population"
            type="number"
            min={0}
            inputMode="numeric"
            label={t('admin.found.fields.population')}
            error={fieldError('population')}
          />
        </div>
        <div className="form-grid">
          <TextField
            id={`${id}-police`}
            name="policeDirectorate"
            label={t('admin.found.fields.policeDirectorate')}
            error={fieldError('policeDirectorate')}
          />
          <TextField
            id={`${id}-contact`}
            name="contactEmail"
            type="email"
            label={t('admin.found.fields.contactEmail')}
            error={fieldError('contactEmail')}
          />
        </div>
        <TextArea
          id={`${id}-description`}
          name="description"
          label={t('admin.found.fields.description')}
          maxLength={2000}
          error={fieldError('description')}
        />
      </fieldset>
      <fieldset className="fieldset admin-fieldset">
        <legend>{t('admin.found.firstAdmin')}</legend>
        <p className="field__hint">{t('admin.found.firstAdminHint')}</p>
        <TextField
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="off"
          label={`${t('admin.found.fields.email')} ${required}`}
          required
          error={fieldError('firstAdmin.email')}
        />
        <div className="form-grid">
          <Select
            id={`${id}-orgtype`}
            name="organisationType"
            label={t('admin.found.fields.organisationType')}
            defaultValue="municipal"
            options={ORGANISATION_TYPES.map((type) => ({
              value: type,
              label: t(`vocab.org.${type}`),
            }))}
          />
          <TextField
            id={`${id}-orgname`}
            name="organisationName"
            label={`${t('admin.found.fields.organisationName')} ${required}`}
            required
            error={fieldError('firstAdmin.organisation.name')}
          />
          <Select
            id={`${id}-language`}
            name="language"
            label={t('admin.found.fields.language')}
            defaultValue={currentLanguage()}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </Select>
        </div>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={found.isPending}>
          {t('admin.found.submit')}
        </button>
        <span role="status" className="form__progress">
          {found.isPending ? t('admin.found.submitting') : ''}
        </span>
      </div>
    </form>
  );
}
