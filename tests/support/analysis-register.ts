import iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';

/**
 * Register extracts as an Einwohnermeldeamt delivers them, made on the fly so no large file is
 * committed: a CSV in Windows-1252 with `;`, and small XLSX workbooks.
 */

const DISTRICTS = ['Altstadt', 'Nord', 'Süd', 'Gesau', 'Höckericht'];
const FIRST = ['Jürgen', 'Anna', 'Lukas', 'Sören', 'Käthe', 'Zoë', 'Björn', 'Grete', 'Małgorzata'];
const LAST = ['Müller', 'Schröder', 'Weiß', 'Groß', 'Köhler', 'Krüger', 'Blümel', 'Straßer'];
const STREETS = ['Hauptstraße', 'Lößnitzer Weg', 'Am Gründel', 'Bahnhofstraße', 'Güterweg'];

export const REGISTER_HEADER = [
  'Name',
  'Straße',
  'Hausnummer',
  'PLZ',
  'Ort',
  'Geburtsjahr',
  'Geschlecht',
  'Ortsteil',
];

/** One resident per index, every one different, spread over districts, ages and sexes. */
export function registerRow(i: number, year = new Date().getUTCFullYear()): string[] {
  const first = FIRST[i % FIRST.length]!.replace('Małgorzata', 'Margot');
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  return [
    // The dash is a Windows-1252 character (0x96) that ISO-8859-1 does not have.
    `${last}${i % 7 === 0 ? '–Lüdtke' : ''}, ${first}`,
    STREETS[i % STREETS.length]!,
    String(1 + (i % 97)) + (i % 11 === 0 ? 'a' : ''),
    String(8371 + (i % 3)).padStart(5, '0'),
    'Glauchau',
    String(year - 16 - ((i * 7919) % 75)),
    i % 50 === 4 ? 'd' : i % 2 === 0 ? 'm' : 'w',
    DISTRICTS[Math.floor(i / 7) % DISTRICTS.length]!,
  ];
}

export interface RegisterFixture {
  bytes: Buffer;
  rows: number;
  /** File lines (1-based, the header is line 1) of the bad rows, with what is wrong. */
  bad: Array<{ line: number; field: string }>;
}

/**
 * `rows` residents in Windows-1252 with `;`, and three bad rows: a year of birth that is no
 * year, a sex the register does not know, and an empty postcode.
 */
export function windows1252Register(
  rows = 5000,
  year = new Date().getUTCFullYear(),
): RegisterFixture {
  const lines = [REGISTER_HEADER.join(';')];
  const bad = [
    { line: 102, field: 'Geburtsjahr' },
    { line: 2503, field: 'Geschlecht' },
    { line: rows, field: 'PLZ' },
  ];
  for (let i = 0; i < rows; i += 1) {
    const row = registerRow(i, year);
    const line = i + 2;
    if (line === bad[0]!.line) row[5] = '19x5';
    if (line === bad[1]!.line) row[6] = 'q';
    if (line === bad[2]!.line) row[3] = '';
    lines.push(row.join(';'));
  }
  return { bytes: iconv.encode(`${lines.join('\r\n')}\r\n`, 'windows-1252'), rows, bad };
}

/** A clean register of `rows` residents (UTF-8 unless told otherwise). */
export function cleanRegister(
  rows: number,
  options: { encoding?: 'utf8' | 'windows-1252'; separator?: ';' | ','; header?: string[] } = {},
): Buffer {
  const separator = options.separator ?? ';';
  const header = options.header ?? REGISTER_HEADER;
  const lines = [header.join(separator)];
  for (let i = 0; i < rows; i += 1)
    lines.push(
      registerRow(i)
        .slice(0, header.length)
        .map((cell) => (cell.includes(separator) ? `"${cell}"` : cell))
        .join(separator),
    );
  return iconv.encode(lines.join('\n'), options.encoding ?? 'utf8');
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`;
const column = (index: number) => String.fromCharCode(65 + index);

/**
 * A minimal XLSX workbook with one sheet of inline strings. `formula` puts a formula in a cell
 * (as Excel writes it: `<f>` with a cached value); `macro` adds a VBA project.
 */
export function xlsxWorkbook(
  rows: string[][],
  options: { formula?: { row: number; col: number; f: string }; macro?: boolean } = {},
): Buffer {
  const cells = rows
    .map((row, r) => {
      const inner = row
        .map((value, c) => {
          const ref = `${column(c)}${r + 1}`;
          if (options.formula && options.formula.row === r && options.formula.col === c)
            return `<c r="${ref}"><f>${options.formula.f}</f><v>${value}</v></c>`;
          const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
          return `<c r="${ref}" t="inlineStr"><is><t>${escaped}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${inner}</row>`;
    })
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          `<Override PartName="/xl/workbook.xml" ContentType="${
            options.macro
              ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'
          }"/>` +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    ),
    '_rels/.rels': strToU8(
      xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          '</Relationships>',
      ),
    ),
    'xl/workbook.xml': strToU8(
      xml(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          '<sheets><sheet name="Melderegister" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          '</Relationships>',
      ),
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      xml(
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`,
      ),
    ),
  };
  if (options.macro) files['xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]);
  return Buffer.from(zipSync(files));
}
