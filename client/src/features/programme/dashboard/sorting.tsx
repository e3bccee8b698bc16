import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type SortDirection = 'ascending' | 'descending';
export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

type SortValue = string | number | null;

/** Rows sorted by one column; empty values always go last. */
export function useSorted<T, K extends string>(
  rows: readonly T[],
  initial: SortState<K>,
  value: (row: T, key: K) => SortValue,
) {
  const [sort, setSort] = useState(initial);
  const sorted = useMemo(() => {
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = value(a, sort.key);
      const y = value(b, sort.key);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return (
        (typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), 'de')) * factor
      );
    });
  }, [rows, sort, value]);
  const toggle = (key: K) =>
    setSort((previous) => ({
      key,
      direction:
        previous.key === key && previous.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return { sorted, sort, toggle };
}

/** A column header that sorts by its column; `aria-sort` tells screen readers the order. */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
}: {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort: (key: K) => void;
}) {
  const { t } = useTranslation();
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined}>
      <button
        type="button"
        className="programme-sort"
        onClick={() => onSort(column)}
        title={t('programme.table.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true" className="programme-sort__arrow">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
