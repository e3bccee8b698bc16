/**
 * CSV as German Excel opens it with a double click: UTF-8 with a byte order mark, `;` between
 * cells, CRLF line ends, RFC 4180 quoting. Cells starting with = + - @ get a leading apostrophe
 * so spreadsheets never run them as formulas (CSV injection).
 */
const BOM = '\uFEFF';

type Cell = string | number | null;

function cell(value: Cell, decimalComma: boolean): string {
  if (value === null) return '';
  const text =
    typeof value === 'number'
      ? decimalComma
        ? String(value).replace('.', ',')
        : String(value)
      : value;
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** German spreadsheets read `1,5` as a number; English ones `1.5`. */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<readonly Cell[]>,
  options: { decimalComma: boolean },
): Buffer {
  const lines = [header, ...rows].map((row) =>
    row.map((value) => cell(value, options.decimalComma)).join(';'),
  );
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
