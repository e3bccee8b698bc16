import { ANALYSIS_LIMITS } from '@pnetz/shared';
import chardet from 'chardet';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import { readSheet } from 'read-excel-file/node';
import { AppError, validationFailed } from '../errors';
import { detectFileType } from '../files/file-type';

export type RegisterEncoding = 'UTF-8' | 'windows-1252' | 'ISO-8859-1';

/** A register extract read into rows of text; `line` is the row's line in the file (1-based). */
export interface RegisterTable {
  format: 'csv' | 'xlsx';
  encoding: RegisterEncoding | null;
  separator: ';' | ',' | null;
  columns: string[];
  rows: Array<{ line: number; cells: string[] }>;
}

const refuse = (message: string) => validationFailed([{ path: 'file', message }], message);

/** Bytes 0x80–0x9F are printable in Windows-1252 and control characters in ISO-8859-1. */
const hasWindowsOnlyBytes = (bytes: Buffer) => bytes.some((b) => b >= 0x80 && b <= 0x9f);

/**
 * The text encoding of a CSV extract. Valid UTF-8 is UTF-8; otherwise the detector's guess must
 * be one of the Western single-byte encodings registration offices deliver.
 */
export function detectEncoding(bytes: Buffer): RegisterEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'UTF-8';
  } catch {
    // not UTF-8: ask the detector below
  }
  const guess = (chardet.detect(bytes) ?? '').toUpperCase();
  if (!['WINDOWS-1252', 'ISO-8859-1', 'ISO-8859-15', 'WINDOWS-1250', 'ISO-8859-2'].includes(guess))
    throw refuse(
      `the file's encoding (${guess || 'unknown'}) is not supported; save it as UTF-8 or Windows-1252`,
    );
  return hasWindowsOnlyBytes(bytes) || guess.startsWith('WINDOWS') ? 'windows-1252' : 'ISO-8859-1';
}

/** `;` unless the header line has more commas than semicolons. */
function detectSeparator(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => header.split(char).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

function readCsv(bytes: Buffer): RegisterTable {
  const encoding = detectEncoding(bytes);
  const text = iconv.decode(bytes, encoding === 'UTF-8' ? 'utf8' : encoding).replace(/^\uFEFF/, '');
  const separator = detectSeparator(text);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter: separator,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    throw refuse(`the CSV file cannot be read: ${(error as Error).message}`);
  }
  const [header, ...body] = records;
  if (!header) throw refuse('the file has no rows');
  return {
    format: 'csv',
    encoding,
    separator,
    columns: header.record,
    rows: body.map(({ record, info }) => ({ line: info.lines, cells: record })),
  };
}

/**
 * Refuses what a register extract never needs: macros (a VBA project or a macro-enabled
 * workbook) and formulas (their cached value may differ from what the office meant to send).
 * Parts are inspected before any is expanded beyond the size limit (a ZIP bomb stays packed).
 */
function inspectWorkbook(bytes: Buffer): void {
  let parts: Record<string, Uint8Array>;
  let expanded = 0;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (/vbaProject\.bin$/i.test(file.name) || /\.bin$/i.test(file.name))
          throw refuse('the workbook contains macros; save it as a plain .xlsx without macros');
        expanded += file.originalSize;
        if (expanded > ANALYSIS_LIMITS.registerMaxBytes * 10)
          throw refuse('the workbook expands beyond the size limit');
        return (
          /^xl\/worksheets\/[^/]+\.xml$/.test(file.name) || file.name === '[Content_Types].xml'
        );
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse('the workbook cannot be read');
  }
  const types = Buffer.from(parts['[Content_Types].xml'] ?? []).toString('utf8');
  if (/macroEnabled/i.test(types))
    throw refuse('the workbook is macro-enabled; save it as a plain .xlsx without macros');
  for (const [name, data] of Object.entries(parts)) {
    if (!name.startsWith('xl/worksheets/')) continue;
    const xml = Buffer.from(data).toString('utf8');
    const formula =
      /<(?:\w+:)?c\b[^>]*\br="([A-Z]+\d+)"[^>]*>(?:(?!<\/(?:\w+:)?c>).)*?<(?:\w+:)?f[\s>/]/s.exec(
        xml,
      );
    if (formula)
      throw refuse(
        `the workbook contains a formula (cell ${formula[1]}); paste the values only and upload again`,
      );
  }
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
};

async function readXlsx(bytes: Buffer): Promise<RegisterTable> {
  inspectWorkbook(bytes);
  let data: unknown[][];
  try {
    data = (await readSheet(bytes)) as unknown[][];
  } catch {
    throw refuse('the workbook cannot be read');
  }
  const rows = data.map((row, index) => ({ line: index + 1, cells: row.map(cellText) }));
  const nonEmpty = rows.filter((row) => row.cells.some((cell) => cell !== ''));
  const [header, ...body] = nonEmpty;
  if (!header) throw refuse('the workbook has no rows');
  return { format: 'xlsx', encoding: null, separator: null, columns: header.cells, rows: body };
}

/**
 * Reads an uploaded register extract. What the file is comes from its bytes; a name that says
 * otherwise (a renamed executable, a macro workbook called .xlsx) is refused.
 */
export async function readRegisterFile(bytes: Buffer, filename: string): Promise<RegisterTable> {
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  if (extension === 'xlsm' || extension === 'xls' || extension === 'xlsb')
    throw refuse(`.${extension} files are not accepted; save the register as .xlsx or .csv`);
  const type = detectFileType(bytes);
  if (extension === 'xlsx') {
    if (type !== 'xlsx')
      throw refuse('the file is not an Excel workbook although its name says so');
    return readXlsx(bytes);
  }
  if (extension === 'csv' || extension === 'txt') {
    // detectFileType accepts only UTF-8 text; a Windows-1252 file is text without NUL bytes too.
    if (type !== null && type !== 'txt')
      throw refuse('the file is not a CSV file although its name says so');
    if (bytes.includes(0)) throw refuse('the file is not a CSV file although its name says so');
    return readCsv(bytes);
  }
  throw refuse('only .csv and .xlsx files are accepted');
}
