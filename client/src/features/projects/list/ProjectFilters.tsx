import {
  FIELDS_OF_ACTION,
  MUNICIPALITY_SIZES,
  ORGANISATION_TYPES,
  PROJECT_SETTINGS,
  PROJECT_SORTS,
  PROJECT_STATUSES,
  ProjectListQuerySchema,
  type ProjectListQuery,
} from '@pnetz/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Select } from '../../../ui/form/Field';

const FILTER_KEYS = [
  'fieldOfAction',
  'status',
  'setting',
  'partnerType',
  'year',
  'municipalitySize',
  'sort',
] as const;

/** The list's filters live in the address, so a filtered list can be bookmarked and shared. */
export function useProjectFilters(): [
  ProjectListQuery,
  (patch: Partial<Record<(typeof FILTER_KEYS)[number], string>>) => void,
] {
  const [params, setParams] = useSearchParams();
  const raw = Object.fromEntries(
    FILTER_KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : [])),
  );
  const parsed = ProjectListQuerySchema.safeParse(raw);
  const query: ProjectListQuery = parsed.success ? parsed.data : {};
  const update = (patch: Partial<Record<(typeof FILTER_KEYS)[number], string>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return [query, update];
}

export function ProjectFilters({ network }: { network: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, update] = useProjectFilters();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));
  const any = t('projects.filters.any');
  return (
    <form
      className="filters project-filters"
      role="search"
      aria-label={t('projects.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Select
        id={`${id}-field`}
        label={t('projects.fields.fieldsOfAction')}
        empty={any}
        value={query.fieldOfAction ?? ''}
        options={FIELDS_OF_ACTION.map((value) => ({ value, label: t(`vocab.field.${value}`) }))}
        onValueChange={(fieldOfAction) => update({ fieldOfAction })}
      />
      <Select
        id={`${id}-status`}
        label={t('projects.fields.status')}
        empty={any}
        value={query.status ?? ''}
        options={PROJECT_STATUSES.map((value) => ({ value, label: t(`projects.status.${value}`) }))}
        onValueChange={(status) => update({ status })}
      />
      <Select
        id={`${id}-setting`}
        label={t('projects.fields.settings')}
        empty={any}
        value={query.setting ?? ''}
        options={PROJECT_SETTINGS.map((value) => ({
          value,
          label: t(`projects.setting.${value}`),
        }))}
        onValueChange={(setting) => update({ setting })}
      />
      <Select
        id={`${id}-partner`}
        label={t('projects.filters.partnerType')}
        empty={any}
        value={query.partnerType ?? ''}
        options={ORGANISATION_TYPES.map((value) => ({ value, label: t(`vocab.org.${value}`) }))}
        onValueChange={(partnerType) => update({ partnerType })}
      />
      <Select
        id={`${id}-year`}
        label={t('projects.filters.year')}
        empty={any}
        value={query.year ? String(query.year) : ''}
        options={years.map((value) => ({ value, label: value }))}
        onValueChange={(year) => update({ year })}
      />
      {network ? (
        <Select
          id={`${id}-size`}
          label={t('projects.filters.municipalitySize')}
          empty={any}
          value={query.municipalitySize ?? ''}
          options={MUNICIPALITY_SIZES.map((value) => ({
            value,
            label: t(`projects.size.${value}`),
          }))}
          onValueChange={(municipalitySize) => update({ municipalitySize })}
        />
      ) : null}
      <Select
        id={`${id}-sort`}
        label={t('projects.filters.sort')}
        value={query.sort ?? 'updated'}
        options={PROJECT_SORTS.map((value) => ({ value, label: t(`projects.sort.${value}`) }))}
        onValueChange={(sort) => update({ sort })}
      />
    </form>
  );
}
