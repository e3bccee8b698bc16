import {
  PROGRAMME_ELEMENTS,
  type Day,
  type MunicipalityStatus,
  type ProgrammeElement,
} from '@pnetz/shared';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { count, formatDay } from '../format';
import { programmePaths } from '../paths';
import { SortHeader, useSorted } from './sorting';
import { Select, TextField } from '../../../ui/form/Field';

type Column =
  | 'name'
  | 'district'
  | 'advisedOn'
  | 'councilOn'
  | 'closeCooperationOn'
  | 'agreements'
  | 'coaching'
  | 'analysis';
const COLUMNS: readonly Column[] = [
  'name',
  'district',
  'advisedOn',
  'councilOn',
  'closeCooperationOn',
  'agreements',
  'coaching',
  'analysis',
];

const sortValue = (row: MunicipalityStatus, key: Column): string | number | null => {
  if (key === 'agreements') return row.agreements;
  if (key === 'coaching') return row.coaching === 'none' ? null : row.coaching;
  return row[key];
};

/** Every municipality with its programme state on the day: filter by name, district and element; sort by any column. */
export function MunicipalityTable({
  items,
  asOf,
}: {
  items: readonly MunicipalityStatus[];
  asOf: Day;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const [district, setDistrict] = useState('');
  const [element, setElement] = useState<ProgrammeElement | 'none' | ''>('');
  const districts = useMemo(
    () => [...new Set(items.map((i) => i.district))].sort((a, b) => a.localeCompare(b, 'de')),
    [items],
  );
  const filtered = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase('de');
    return items.filter(
      (item) =>
        (!needle || item.name.toLocaleLowerCase('de').includes(needle)) &&
        (!district || item.district === district) &&
        (!element ||
          (element === 'none' ? item.elements.length === 0 : item.elements.includes(element))),
    );
  }, [items, search, district, element]);
  const { sorted, sort, toggle } = useSorted<MunicipalityStatus, Column>(
    filtered,
    { key: 'name', direction: 'ascending' },
    sortValue,
  );

  const cell = (row: MunicipalityStatus, column: Column) => {
    switch (column) {
      case 'name':
        return <Link to={programmePaths.municipality(row.id)}>{row.name}</Link>;
      case 'district':
        return row.district;
      case 'agreements':
        return count(row.agreements);
      case 'coaching':
        return t(`programme.coachingState.${row.coaching}`);
      case 'analysis':
        return row.analysis ? t(`programme.analysisStatus.${row.analysis}`) : '–';
      default:
        return formatDay(row[column]);
    }
  };

  return (
    <div className="programme-tablebox">
      <div className="programme-filters">
        <TextField
          id={`${id}-search`}
          label={t('programme.table.search')}
          type="search"
          value={search}
          onValueChange={setSearch}
        />
        <Select
          id={`${id}-district`}
          label={t('programme.map.district')}
          value={district}
          empty={t('programme.map.allDistricts')}
          options={districts.map((name) => ({ value: name, label: name }))}
          onValueChange={setDistrict}
        />
        <Select
          id={`${id}-element`}
          label={t('programme.table.element')}
          value={element}
          empty={t('programme.table.anyElement')}
          options={PROGRAMME_ELEMENTS.map((e) => ({
            value: e,
            label: t(`programme.element.${e}`),
          }))}
          onChange={(e) => setElement(e.target.value as ProgrammeElement | 'none' | '')}
        >
          <option value="none">{t('programme.map.noElement')}</option>
        </Select>
      </div>
      <p role="status" className="programme-tablebox__count">
        {t('programme.table.count', {
          count: sorted.length,
          total: items.length,
          date: formatDay(asOf),
        })}
      </p>
      <div
        className="programme-table-scroll"
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-caption`}
      >
        <table className="programme-table">
          <caption id={`${id}-caption`} className="visually-hidden">
            {t('programme.table.caption', { date: formatDay(asOf) })}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortHeader
                  key={column}
                  column={column}
                  label={t(`programme.table.columns.${column}`)}
                  sort={sort}
                  onSort={toggle}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.id}>
                {COLUMNS.map((column) =>
                  column === 'name' ? (
                    <th scope="row" key={column}>
                      {cell(row, column)}
                    </th>
                  ) : (
                    <td key={column}>{cell(row, column)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
