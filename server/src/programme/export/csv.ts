import type { Language } from '@pnetz/shared';
import { toCsv as writeCsv } from '../../files/csv';
import { formatDay } from './labels';
import type { Table } from './tables';

/**
 * A programme table as CSV (see `files/csv.ts` for the format): German exports write decimal
 * commas and 18.05.2021 dates, English ones points and ISO dates.
 */
export function toCsv(table: Table, language: Language): Buffer {
  const rows = table.rows.map((row) =>
    row.map((cell) =>
      cell !== null && typeof cell === 'object' ? formatDay(cell.day, language) : cell,
    ),
  );
  return writeCsv(table.header, rows, { decimalComma: language === 'de' });
}
