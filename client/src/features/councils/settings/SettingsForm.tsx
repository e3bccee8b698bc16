import { UpdateWorkspaceBodySchema, VISIBILITIES, type WorkspaceProfile } from '@pnetz/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup, TextArea, TextField } from '../../../ui/form/Field';
import { errorKey } from '../../../lib/api';
import {
  focusFirstInvalid,
  schemaFieldErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../../ui/form/field-errors';
import { useUpdateCouncil } from '../mutations';
import { LogoField } from './LogoField';

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

export function SettingsForm({ council }: { council: WorkspaceProfile }) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const update = useUpdateCouncil(council.id);
  const [logo, setLogo] = useState<string | null>(council.logo);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const data = new FormData(event.currentTarget);
    const population = text(data, 'population');
    const parsed = UpdateWorkspaceBodySchema.safeParse({
      name: text(data, 'name'),
      municipality: text(data, 'municipality'),
      district: text(data, 'district'),
      population: population === '' ? null : Number(population),
      policeDirectorate: text(data, 'policeDirectorate') || null,
      contactEmail: text(data, 'contactEmail') || null,
      description: text(data, 'description'),
      defaultVisibility: text(data, 'defaultVisibility'),
      logo,
    });
    setSaved(false);
    if (!parsed.success) {
      setErrors(schemaFieldErrors(parsed.error));
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    setErrors({});
    update.mutate(parsed.data, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        setErrors(serverFieldErrors(error));
        requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      },
    });
  };

  const fieldError = (field: string) =>
    errors[field] ? t(`settings.errors.${field as 'name'}`) : undefined;
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {update.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(update.error))}
        </p>
      ) : null}
      <TextField
        id={`${id}-name`}
        name="name"
        label={t('settings.fields.name')}
        defaultValue={council.name}
        required
        error={fieldError('name')}
      />
      <div className="form-grid">
        <TextField
          id={`${id}-municipality`}
          name="municipality"
          label={t('settings.fields.municipality')}
          defaultValue={council.municipality}
          required
          error={fieldError('municipality')}
        />
        <TextField
          id={`${id}-district`}
          name="district"
          label={t('settings.fields.district')}
          defaultValue={council.district}
          required
          error={fieldError('district')}
        />
        <TextField
          id={`${id}-population`}
          name="population"
          type="number"
          min={0}
          inputMode="numeric"
          label={t('settings.fields.population')}
          defaultValue={council.population ?? ''}
          error={fieldError('population')}
        />
      </div>
      <div className="form-grid">
        <TextField
          id={`${id}-police`}
          name="policeDirectorate"
          label={t('settings.fields.policeDirectorate')}
          defaultValue={council.policeDirectorate ?? ''}
          error={fieldError('policeDirectorate')}
        />
        <TextField
          id={`${id}-contact`}
          name="contactEmail"
          type="email"
          label={t('settings.fields.contactEmail')}
          defaultValue={council.contactEmail ?? ''}
          error={fieldError('contactEmail')}
        />
      </div>
      <TextArea
        id={`${id}-description`}
        label={t('settings.fields.description')}
        name="description"
        rows={5}
        defaultValue={council.description}
      />
      <RadioGroup
        id={`${id}-visibility`}
        name="defaultVisibility"
        label={t('settings.fields.defaultVisibility')}
        hint={t('settings.visibilityHint')}
        options={VISIBILITIES.map((visibility) => ({
          value: visibility,
          label: t(`vocab.visibility.${visibility}`),
        }))}
        defaultValue={council.defaultVisibility}
      />
      <LogoField id={`${id}-logo`} value={logo} onChange={setLogo} />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={update.isPending}>
          {t('settings.save')}
        </button>
        <span role="status" className="form__progress">
          {saved ? t('settings.saved') : ''}
        </span>
      </div>
    </form>
  );
}
