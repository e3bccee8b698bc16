import ExcelJS from 'exceljs';
import type { Cell, Table } from './tables';

/** Days become real spreadsheet dates (shown as 18.05.2021), numbers stay numbers. */
function value(cell: Cell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === 'object') return new Date(`${cell.day}T00:00:00Z`);
  return cell;
}

/** One sheet per table, with a bold, frozen header row and an autofilter. */
export async function toXlsx(tables: readonly Table[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Präventionsnetz';
  workbook.title = title;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.addRow([...table.header]).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(value));
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(
        table.header[i]?.length ?? 8,
        ...table.rows.map((row) => String(row[i] ?? '').length),
      );
      column.width = Math.min(60, Math.max(10, widest + 2));
      column.eachCell?.({ includeEmpty: false }, (c) => {
        if (c.value instanceof Date) c.numFmt = 'dd.mm.yyyy';
      });
    });
    if (table.header.length > 0)
      sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1, column: table.header.length },
      };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
