import {
  PKS_KEY_ALIASES,
  PKS_KEYS,
  PKS_LIMITS,
  type FieldError,
  type PksOffenceKey,
} from '@pnetz/shared';
import { validationFailed } from '../../errors';
import type { RegisterTable } from '../register-file';

/** The columns of a PKS table, as the police and the BKA name them (normalised titles). */
type PksColumn = 'year' | 'key' | 'cases' | 'clearanceRate' | 'population';
const SYNONYMS: Record<PksColumn, string[]> = {
  year: ['jahr', 'berichtsjahr', 'year'],
  key: ['schlüssel', 'schluessel', 'straftatenschlüssel', 'schlüsselzahl', 'key'],
  cases: ['erfasstefälle', 'anzahlerfasstefälle', 'fälle', 'faelle', 'fallzahl', 'cases'],
  clearanceRate: ['aufklärungsquote', 'aufklärungsquotein%', 'aq', 'aqin%', 'clearancerate'],
  population: ['einwohner', 'einwohnerzahl', 'bevölkerung', 'population'],
};
const LABELS: Record<PksColumn, string> = {
  year: 'Jahr',
  key: 'Schlüssel',
  cases: 'erfasste Fälle',
  clearanceRate: 'Aufklärungsquote',
  population: 'Einwohner',
};

const normalise = (title: string) => title.toLocaleLowerCase('de').replace(/[\s._-]/g, '');

/** `1234` or `1.234` (German thousands separator); `-` is the statistics' sign for zero. */
export function parseGermanInteger(text: string, dashIsZero = false): number | null {
  if (dashIsZero && (text === '-' || text === '–')) return 0;
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(text)) return null;
  return Number(text.replace(/\./g, ''));
}

/** `55,3`, `1.234,5` or `12` (German decimal comma and thousands separator). */
export function parseGermanDecimal(text: string): number | null {
  if (!/^(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/.test(text)) return null;
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

export interface PksFigureRow {
  key: PksOffenceKey;
  cases: number;
  clearanceRate: number | null;
}

/** The figures of one year, ready to store. */
export interface PksYear {
  year: number;
  population: number;
  figures: PksFigureRow[];
}

const KNOWN = new Set<string>(PKS_KEYS);

/**
 * Checks every line of a PKS table. Either every line is good and the years come back, or the
 * whole file is refused with one error per bad line: nothing is ever stored in part.
 *
 * The year comes from a `Jahr` column or from `given.year`; the population from an `Einwohner`
 * column, else `given.population` (the caller's default, e.g. the municipality's registry
 * figure). Numbers are read in German format.
 */
export function validatePks(
  table: RegisterTable,
  given: { year?: number; population?: number | null },
): PksYear[] {
  const position = (column: PksColumn) =>
    table.columns.findIndex((title) => SYNONYMS[column].includes(normalise(title)));
  const index = Object.fromEntries(
    (Object.keys(SYNONYMS) as PksColumn[]).map((column) => [column, position(column)]),
  ) as Record<PksColumn, number>;

  const missing: FieldError[] = [];
  for (const column of ['key', 'cases'] as const)
    if (index[column] === -1)
      missing.push({
        path: `file.${column}`,
        message: `required column "${LABELS[column]}" is missing`,
      });
  if (index.year === -1 && given.year === undefined)
    missing.push({ path: 'year', message: 'the file has no "Jahr" column; give the year' });
  if (index.population === -1 && !given.population)
    missing.push({
      path: 'population',
      message: 'the file has no "Einwohner" column and no population is known; give it',
    });
  if (missing.length > 0) throw validationFailed(missing, missing.map((m) => m.message).join('; '));
  if (table.rows.length === 0)
    throw validationFailed([{ path: 'file', message: 'the file has no figures' }]);
  if (table.rows.length > PKS_LIMITS.rowsMax)
    throw validationFailed([
      { path: 'file', message: `at most ${PKS_LIMITS.rowsMax} lines are accepted` },
    ]);

  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const years = new Map<number, PksYear & { populationLine: number | null }>();
  for (const { line, cells } of table.rows) {
    const cell = (column: PksColumn) => (index[column] === -1 ? '' : (cells[index[column]] ?? ''));
    const problems: string[] = [];

    let year = given.year ?? Number.NaN;
    if (index.year !== -1) {
      const text = cell('year');
      year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
      if (Number.isNaN(year) || year < PKS_LIMITS.yearMin || year > PKS_LIMITS.yearMax)
        problems.push(`Jahr "${text}" is not a year`);
    }

    const keyText = cell('key');
    const key = (PKS_KEY_ALIASES[keyText] ?? keyText) as PksOffenceKey;
    if (keyText === '') problems.push('Schlüssel is empty');
    else if (!KNOWN.has(key))
      problems.push(`offence key "${keyText}" is not one of the known offence groups`);

    const casesText = cell('cases');
    const cases = parseGermanInteger(casesText, true);
    if (cases === null)
      problems.push(`erfasste Fälle "${casesText}" is not a whole number (e.g. 1.234)`);

    let clearanceRate: number | null = null;
    const rateText = cell('clearanceRate');
    if (rateText !== '' && rateText !== '-' && rateText !== '–') {
      clearanceRate = parseGermanDecimal(rateText);
      if (clearanceRate === null || clearanceRate > 100) {
        problems.push(`Aufklärungsquote "${rateText}" is not a percentage (e.g. 55,3)`);
        clearanceRate = null;
      }
    }

    let population = given.population ?? null;
    if (index.population !== -1) {
      const text = cell('population');
      population = parseGermanInteger(text);
      if (population === null || population < 1 || population > PKS_LIMITS.populationMax) {
        problems.push(`Einwohner "${text}" is not a population (e.g. 22.518)`);
        population = null;
      }
    }

    if (problems.length === 0) {
      const identity = `${year}|${key}`;
      const first = seen.get(identity);
      if (first !== undefined)
        problems.push(`year ${year} and offence key ${key} already in line ${first}`);
      else seen.set(identity, line);
      const entry = years.get(year);
      if (entry && entry.population !== population)
        problems.push(
          `Einwohner ${population} differs from ${entry.population} in line ${entry.populationLine} for the same year`,
        );
    }
    if (problems.length > 0) {
      errors.push({ path: `line.${line}`, message: `line ${line}: ${problems.join('; ')}` });
      continue;
    }
    const entry = years.get(year) ?? {
      year,
      population: population!,
      populationLine: index.population === -1 ? null : line,
      figures: [],
    };
    entry.figures.push({ key, cases: cases!, clearanceRate });
    years.set(year, entry);
  }
  if (errors.length > 0)
    throw validationFailed(
      errors,
      `${errors.length} bad line${errors.length === 1 ? '' : 's'}; nothing was imported`,
    );
  return [...years.values()]
    .sort((a, b) => a.year - b.year)
    .map(({ year, population, figures }) => ({ year, population, figures }));
}
