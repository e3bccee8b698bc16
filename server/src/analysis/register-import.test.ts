import { ageGroupOf, detectMapping, marginsOf, validateRegister } from './register-import';
import type { RegisterTable } from './register-file';

const table = (rows: string[][]): RegisterTable => ({
  format: 'csv',
  encoding: 'UTF-8',
  separator: ';',
  columns: ['Name', 'Str.', 'Hausnr', 'PLZ', 'Wohnort', 'Jahrgang', 'Geschlecht', 'Stadtteil'],
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});

describe('register rows', () => {
  it('maps the usual column titles of registration offices', () => {
    expect(detectMapping(table([]).columns)).toEqual({
      name: 'Name',
      street: 'Str.',
      houseNumber: 'Hausnr',
      postcode: 'PLZ',
      place: 'Wohnort',
      birthYear: 'Jahrgang',
      sex: 'Geschlecht',
      district: 'Stadtteil',
    });
  });

  it('puts ages into the strata age groups by the year of the draw', () => {
    expect(ageGroupOf(2010, 2026)).toBe('16-24');
    expect(ageGroupOf(2011, 2026)).toBeNull();
    expect(ageGroupOf(2001, 2026)).toBe('25-34');
    expect(ageGroupOf(1952, 2026)).toBe('65-74');
    expect(ageGroupOf(1951, 2026)).toBe('75+');
  });

  it('reads the spellings of sex and counts the margins', () => {
    const persons = validateRegister(
      table([
        ['Weiß, Anna', 'Markt', '1', '08371', 'Glauchau', '1980', 'weiblich', 'Altstadt'],
        ['Groß, Jörg', 'Markt', '2', '08371', 'Glauchau', '1981', 'M', 'Altstadt'],
        ['Kühn, Eva', 'Markt', '3', '08371', 'Glauchau', '1990', 'W', 'Altstadt'],
      ]),
      {},
      2026,
    );
    expect(persons.map((p) => p.sex)).toEqual(['w', 'm', 'w']);
    expect(marginsOf(persons)).toEqual([
      { district: 'Altstadt', ageGroup: '35-44', sex: 'w', count: 1 },
      { district: 'Altstadt', ageGroup: '45-54', sex: 'm', count: 1 },
      { district: 'Altstadt', ageGroup: '45-54', sex: 'w', count: 1 },
    ]);
  });

  it('names every problem of a row at once', () => {
    expect(() =>
      validateRegister(
        table([['', 'Markt', '1', '8371', 'Glauchau', '2015', 'q', 'Altstadt']]),
        {},
        2026,
      ),
    ).toThrow(
      expect.objectContaining({
        fields: [
          {
            path: 'line.2',
            message:
              'line 2: Name empty; younger than 16; Geschlecht "q" is not m, w, d or x; PLZ "8371" is not five digits',
          },
        ],
      }),
    );
  });
});
