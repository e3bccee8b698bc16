import { FUNDING_STATUSES, type FundingApplication, type FundingStatus } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Checkbox, Select } from '../../../ui/form/Field';
import { euro, formatDay } from '../format';
import { programmePaths } from '../paths';
import { fundingQuery } from '../queries';
import { SortHeader, useSorted } from './sorting';

type Column =
  | 'municipalityName'
  | 'year'
  | 'project'
  | 'fieldOfAction'
  | 'amountRequested'
  | 'submittedOn'
  | 'status'
  | 'amountGranted';
const COLUMNS: readonly Column[] = [
  'municipalityName',
  'year',
  'project',
  'fieldOfAction',
  'amountRequested',
  'submittedOn',
  'status',
  'amountGranted',
];
const value = (row: FundingApplication, key: Column) => row[key];

/** The funding applications, filterable by year, status and rule warnings, sortable by every column. */
export function FundingApplications() {
  const { t } = useTranslation();
  const id = useId();
  const [year, setYear] = useState('');
  const [status, setStatus] = useState<FundingStatus | ''>('');
  const [onlyWarnings, setOnlyWarnings] = useState(false);
  const query = useQuery(fundingQuery(year ? Number(year) : undefined));
  const rows = useMemo(
    () =>
      (query.data?.items ?? []).filter(
        (f) => (!status || f.status === status) && (!onlyWarnings || f.warnings.length > 0),
      ),
    [query.data, status, onlyWarnings],
  );
  const { sorted, sort, toggle } = useSorted<FundingApplication, Column>(
    rows,
    { key: 'submittedOn', direction: 'descending' },
    value,
  );
  const years = Array.from({ length: new Date().getFullYear() - 2018 }, (_, i) => 2020 + i);

  return (
    <div className="programme-tablebox">
      <h3 id={`${id}-title`}>{t('programme.funding.applications')}</h3>
      <div className="programme-filters">
        <Select
          id={`${id}-year`}
          label={t('programme.funding.columns.year')}
          value={year}
          empty={t('programme.funding.allYears')}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onValueChange={setYear}
        />
        <Select
          id={`${id}-status`}
          label={t('programme.funding.columns.status')}
          value={status}
          empty={t('programme.funding.allStatuses')}
          options={FUNDING_STATUSES.map((s) => ({
            value: s,
            label: t(`programme.fundingStatus.${s}`),
          }))}
          onChange={(e) => setStatus(e.target.value as FundingStatus | '')}
        />
        <Checkbox
          id={`${id}-only-warnings`}
          label={t('programme.funding.onlyWarnings')}
          checked={onlyWarnings}
          onCheckedChange={setOnlyWarnings}
        />
      </div>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div
          className="programme-table-scroll"
          tabIndex={0}
          role="region"
          aria-labelledby={`${id}-title`}
        >
          <table className="programme-table">
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <SortHeader
                    key={column}
                    column={column}
                    label={t(`programme.funding.columns.${column}`)}
                    sort={sort}
                    onSort={toggle}
                  />
                ))}
                <th scope="col">{t('programme.funding.columns.rules')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <Link to={programmePaths.municipality(f.municipalityId)}>
                      {f.municipalityName}
                    </Link>
                  </th>
                  <td>{f.year}</td>
                  <td>{f.project}</td>
                  <td>{t(`vocab.field.${f.fieldOfAction}`)}</td>
                  <td>{euro(f.amountRequested)}</td>
                  <td>{formatDay(f.submittedOn)}</td>
                  <td>{t(`programme.fundingStatus.${f.status}`)}</td>
                  <td>{euro(f.amountGranted)}</td>
                  <td>
                    {f.warnings.map((w) => t(`programme.rules.short.${w.rule}`)).join(', ') || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
