import {
  MUNICIPALITY_KINDS,
  POLICE_DIRECTORATES,
  SAXONY_DISTRICTS,
  endpoints,
  type Municipality,
  type MunicipalityKind,
} from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ComponentProps, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../lib/api';
import { Select, TextField } from '../../../ui/form/Field';
import { councilsQuery } from '../../councils/queries';
import { programmePaths } from '../paths';
import { FormAlert } from './FormAlert';
import { useRecordMutation } from './useRecordMutation';

/** Saxony's districts as the registry names them (Landkreis …, Stadt … for kreisfreie Städte). */
const DISTRICTS = SAXONY_DISTRICTS.map((d) =>
  d.kind === 'Kreisfreie Stadt'
    ? `Stadt ${d.name}`
    : d.name.endsWith('kreis')
      ? d.name
      : `Landkreis ${d.name}`,
).sort((a, b) => a.localeCompare(b, 'de'));

/** The registry entry's master data: adds a municipality, or changes or removes one. */
export function MunicipalityForm({ municipality: m }: { municipality: Municipality | null }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const councils = useQuery(councilsQuery);
  const [values, setValues] = useState({
    name: m?.name ?? '',
    kind: m?.kind ?? ('municipality' as MunicipalityKind),
    district: m?.district ?? DISTRICTS[0]!,
    population: m?.population === null || m?.population === undefined ? '' : String(m.population),
    lat: m ? String(m.lat) : '',
    lon: m ? String(m.lon) : '',
    policeDirectorate: m?.policeDirectorate ?? '',
    contactName: m?.contact.name ?? '',
    contactEmail: m?.contact.email ?? '',
    contactPhone: m?.contact.phone ?? '',
    workspaceId: m?.workspaceId ?? '',
  });
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));
  const body = {
    name: values.name,
    kind: values.kind,
    district: values.district,
    population: values.population === '' ? null : Number(values.population),
    lat: Number(values.lat.replace(',', '.')),
    lon: Number(values.lon.replace(',', '.')),
    policeDirectorate: values.policeDirectorate,
    contact: { name: values.contactName, email: values.contactEmail, phone: values.contactPhone },
    workspaceId: values.workspaceId || null,
  };
  const save = useRecordMutation(
    () =>
      m
        ? api(endpoints.programme.updateMunicipality, { params: { id: m.id }, body })
        : api(endpoints.programme.createMunicipality, { body }),
    (saved) => {
      if (!m) void navigate(programmePaths.municipality(saved.id));
    },
  );
  const remove = useRecordMutation(
    () => api(endpoints.programme.deleteMunicipality, { params: { id: m?.id ?? '' } }),
    () => void navigate(programmePaths.dashboard),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  const text = (
    key: keyof typeof values,
    label: string,
    props: Omit<ComponentProps<typeof TextField>, 'id' | 'label'> = {},
  ) => (
    <TextField
      id={`${id}-${key}`}
      label={label}
      value={values[key]}
      onChange={set(key)}
      {...props}
    />
  );

  return (
    <form
      className="form programme-form"
      onSubmit={submit}
      aria-label={t('programme.municipality.master')}
    >
      <FormAlert error={save.error ?? remove.error} />
      <div className="programme-form__grid">
        {text('name', t('programme.municipality.name'), { required: true, maxLength: 120 })}
        <Select
          id={`${id}-kind`}
          label={t('programme.municipality.kind')}
          value={values.kind}
          onChange={set('kind')}
          options={MUNICIPALITY_KINDS.map((kind) => ({
            value: kind,
            label: t(`programme.municipality.kinds.${kind}`),
          }))}
        />
        <Select
          id={`${id}-district`}
          label={t('programme.municipality.district')}
          value={values.district}
          onChange={set('district')}
          options={[...new Set([...DISTRICTS, values.district])].map((d) => ({
            value: d,
            label: d,
          }))}
        />
        {text('population', t('programme.municipality.population'), { type: 'number', min: 0 })}
        {text('lat', t('programme.municipality.lat'), { required: true, inputMode: 'decimal' })}
        {text('lon', t('programme.municipality.lon'), { required: true, inputMode: 'decimal' })}
        <Select
          id={`${id}-police`}
          label={t('programme.municipality.police')}
          value={values.policeDirectorate}
          onChange={set('policeDirectorate')}
          empty={t('programme.municipality.notGiven')}
          options={POLICE_DIRECTORATES.map((p) => ({ value: p, label: p }))}
        />
        <Select
          id={`${id}-workspace`}
          label={t('programme.municipality.council')}
          value={values.workspaceId}
          onChange={set('workspaceId')}
          empty={t('programme.municipality.noWorkspace')}
          options={(councils.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
        {text('contactName', t('programme.municipality.contactName'), { maxLength: 120 })}
        {text('contactEmail', t('programme.municipality.contactEmail'), {
          type: 'email',
          maxLength: 254,
        })}
        {text('contactPhone', t('programme.municipality.contactPhone'), {
          type: 'tel',
          maxLength: 40,
        })}
      </div>
      <p className="programme-hint">{t('programme.municipality.coordinatesHint')}</p>
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {m ? t('programme.form.save') : t('programme.municipality.create')}
        </button>
        {m ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(t('programme.municipality.confirmDelete', { name: m.name })))
                remove.mutate(undefined);
            }}
          >
            {t('programme.municipality.delete')}
          </button>
        ) : null}
        <span role="status" className="form__progress">
          {save.isSuccess && m ? t('programme.form.saved') : ''}
        </span>
      </div>
    </form>
  );
}
