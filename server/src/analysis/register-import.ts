import {
  AGE_GROUPS,
  ANALYSIS_LIMITS,
  REGISTER_FIELDS,
  type AgeGroup,
  type FieldError,
  type RegisterField,
  type RegisterSex,
  type StratumCount,
} from '@pnetz/shared';
import { validationFailed } from '../errors';
import type { RegisterTable } from './register-file';

/** Column titles registration offices use for each field, normalised (lower case, no spaces). */
const SYNONYMS: Record<RegisterField, string[]> = {
  name: ['name', 'nachname,vorname', 'familienname', 'vollständigername', 'nameundvorname'],
  street: ['straße', 'strasse', 'str', 'street'],
  houseNumber: ['hausnummer', 'hausnr', 'hnr', 'housenumber', 'nr'],
  postcode: ['plz', 'postleitzahl', 'postcode', 'zip'],
  place: ['ort', 'wohnort', 'place', 'city', 'gemeinde'],
  birthYear: ['geburtsjahr', 'jahrgang', 'birthyear', 'yearofbirth'],
  sex: ['geschlecht', 'sex', 'gender'],
  district: ['ortsteil', 'stadtteil', 'district', 'bezirk', 'wohngebiet'],
};

/** How each field is named in messages (the German column a register usually has). */
export const FIELD_LABELS: Record<RegisterField, string> = {
  name: 'Name',
  street: 'Straße',
  houseNumber: 'Hausnummer',
  postcode: 'PLZ',
  place: 'Ort',
  birthYear: 'Geburtsjahr',
  sex: 'Geschlecht',
  district: 'Ortsteil',
};

const key = (title: string) => title.toLocaleLowerCase('de').replace(/[\s._-]/g, '');

/** The column that matches each field by its title, or null. */
export function detectMapping(columns: string[]): Record<RegisterField, string | null> {
  const mapping = {} as Record<RegisterField, string | null>;
  for (const field of REGISTER_FIELDS) {
    mapping[field] = columns.find((column) => SYNONYMS[field].includes(key(column))) ?? null;
  }
  return mapping;
}

const SEXES: Record<string, RegisterSex> = {
  m: 'm',
  männlich: 'm',
  maennlich: 'm',
  male: 'm',
  w: 'w',
  f: 'w',
  weiblich: 'w',
  female: 'w',
  d: 'd',
  divers: 'd',
  x: 'x',
  o: 'x',
  ohneangabe: 'x',
  unbekannt: 'x',
};

/** Age group by the age reached in `year`; null under the register's minimum age. */
export function ageGroupOf(birthYear: number, year: number): AgeGroup | null {
  const age = year - birthYear;
  if (age < ANALYSIS_LIMITS.minimumAge) return null;
  const bounds = [24, 34, 44, 54, 64, 74];
  const index = bounds.findIndex((upper) => age <= upper);
  return AGE_GROUPS[index === -1 ? AGE_GROUPS.length - 1 : index]!;
}

export interface RegisterPerson {
  line: number;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
  birthYear: number;
  sex: RegisterSex;
  district: string;
  ageGroup: AgeGroup;
}

/**
 * Checks every row of the extract against the mapping. Either every row is good and the persons
 * come back, or the whole file is refused with one error per bad row (line and reason): nothing
 * is ever imported in part.
 */
export function validateRegister(
  table: RegisterTable,
  requested: Partial<Record<RegisterField, string | undefined>>,
  year: number,
): RegisterPerson[] {
  const detected = detectMapping(table.columns);
  const index = {} as Record<RegisterField, number>;
  const missing: FieldError[] = [];
  for (const field of REGISTER_FIELDS) {
    const column = requested[field] ?? detected[field];
    const position = column === null ? -1 : table.columns.indexOf(column);
    if (position === -1)
      missing.push({
        path: `mapping.${field}`,
        message: requested[field]
          ? `column "${requested[field]}" is not in the file`
          : `required column "${FIELD_LABELS[field]}" is missing; map a column of the file to it`,
      });
    index[field] = position;
  }
  if (missing.length > 0)
    throw validationFailed(missing, `Missing columns: ${missing.map((m) => m.message).join('; ')}`);
  if (table.rows.length === 0)
    throw validationFailed([{ path: 'file', message: 'the file has no residents' }]);
  if (table.rows.length > ANALYSIS_LIMITS.registerMaxRows)
    throw validationFailed([
      { path: 'file', message: `at most ${ANALYSIS_LIMITS.registerMaxRows} rows are accepted` },
    ]);

  const errors: FieldError[] = [];
  const persons: RegisterPerson[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const value = (field: RegisterField) => (cells[index[field]] ?? '').trim();
    const problems: string[] = [];
    const empty = REGISTER_FIELDS.filter((field) => value(field) === '');
    if (empty.length > 0) problems.push(`${empty.map((f) => FIELD_LABELS[f]).join(', ')} empty`);
    const yearText = value('birthYear');
    const birthYear = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    let ageGroup: AgeGroup | null = null;
    if (yearText !== '') {
      if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > year)
        problems.push(`Geburtsjahr "${yearText}" is not a year`);
      else {
        ageGroup = ageGroupOf(birthYear, year);
        if (!ageGroup) problems.push(`younger than ${ANALYSIS_LIMITS.minimumAge}`);
      }
    }
    const sexText = value('sex');
    const sex = SEXES[key(sexText)];
    if (sexText !== '' && !sex) problems.push(`Geschlecht "${sexText}" is not m, w, d or x`);
    const postcode = value('postcode');
    if (postcode !== '' && !/^\d{5}$/.test(postcode))
      problems.push(`PLZ "${postcode}" is not five digits`);
    if (problems.length === 0) {
      const identity = ['name', 'street', 'houseNumber', 'postcode', 'birthYear'].map((f) =>
        key(value(f as RegisterField)),
      );
      const duplicateOf = seen.get(identity.join('|'));
      if (duplicateOf !== undefined) problems.push(`same person as line ${duplicateOf}`);
      else seen.set(identity.join('|'), line);
    }
    if (problems.length > 0) {
      errors.push({ path: `line.${line}`, message: `line ${line}: ${problems.join('; ')}` });
      continue;
    }
    persons.push({
      line,
      name: value('name'),
      street: value('street'),
      houseNumber: value('houseNumber'),
      postcode,
      place: value('place'),
      birthYear,
      sex: sex!,
      district: value('district'),
      ageGroup: ageGroup!,
    });
  }
  if (errors.length > 0)
    throw validationFailed(
      errors,
      `${errors.length} bad row${errors.length === 1 ? '' : 's'}; nothing was imported`,
    );
  return persons;
}

/** Residents by district × age group × sex: what weighting needs after the addresses are gone. */
export function marginsOf(
  persons: ReadonlyArray<Pick<RegisterPerson, 'district' | 'ageGroup' | 'sex'>>,
): StratumCount[] {
  const counts = new Map<string, StratumCount>();
  for (const { district, ageGroup, sex } of persons) {
    const id = `${district}\u0000${ageGroup}\u0000${sex}`;
    const entry = counts.get(id) ?? { district, ageGroup, sex, count: 0 };
    entry.count += 1;
    counts.set(id, entry);
  }
  return [...counts.values()].sort(
    (a, b) =>
      a.district.localeCompare(b.district, 'de') ||
      AGE_GROUPS.indexOf(a.ageGroup) - AGE_GROUPS.indexOf(b.ageGroup) ||
      a.sex.localeCompare(b.sex),
  );
}
