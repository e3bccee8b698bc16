import type { Language } from '@pnetz/shared';
import { formatDay } from './labels';
import type { Cell, Table } from './tables';

/**
 * CSV as German Excel opens it with a double click: UTF-8 with a byte order mark (or umlauts
 * break), `;` as separator (the comma is the decimal mark), CRLF line ends and RFC 4180 quoting.
 * German exports write decimal commas and 18.05.2021 dates; English ones write points and ISO
 * dates. Cells starting with = + - @ get a leading apostrophe so spreadsheets never run them as
 * formulas (CSV injection).
 */
const BOM = '\uFEFF';

function text(cell: Cell, language: Language): string {
  if (cell === null) return '';
  if (typeof cell === 'number')
    return language === 'de' ? String(cell).replace('.', ',') : String(cell);
  if (typeof cell === 'object') return formatDay(cell.day, language);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(table: Table, language: Language): Buffer {
  const lines = [
    table.header.map((h) => quote(h)),
    ...table.rows.map((row) => row.map((cell) => quote(text(cell, language)))),
  ];
  return Buffer.from(BOM + lines.map((line) => line.join(';')).join('\r\n') + '\r\n', 'utf8');
}
