import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/node';
import type { Cell, Table } from './tables';

/** Days become real spreadsheet dates (shown as 18.05.2021), numbers stay numbers. */
function cell(value: Cell): Row[number] {
  if (value !== null && typeof value === 'object')
    return { value: new Date(`${value.day}T00:00:00Z`), type: Date, format: 'dd.mm.yyyy' };
  return value;
}

/** A column as wide as its widest text, within 10 to 60 characters. */
function width(table: Table, index: number): number {
  const widest = Math.max(
    table.header[index]?.length ?? 8,
    ...table.rows.map((row) => String(row[index] ?? '').length),
  );
  return Math.min(60, Math.max(10, widest + 2));
}

/** One sheet per table, with a bold header row that stays visible while scrolling. */
export async function toXlsx(tables: readonly Table[]): Promise<Buffer> {
  const sheets: Sheet<Buffer>[] = tables.map((table) => ({
    sheet: table.name.slice(0, 31),
    stickyRowsCount: 1,
    columns: table.header.map((_, index) => ({ width: width(table, index) })),
    data: [
      table.header.map((label) => ({ value: label, fontWeight: 'bold' as const })),
      ...table.rows.map((row) => row.map(cell)),
    ],
  }));
  return writeXlsxFile(sheets).toBuffer();
}
