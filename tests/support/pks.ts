import iconv from 'iconv-lite';

/**
 * Police crime statistics (PKS) files as the police deliver them: `;`-separated, German number
 * formats, UTF-8 or Windows-1252. Made on the fly, so no fixture file is committed.
 */
export const PKS_HEADER = ['Jahr', 'Schlüssel', 'Straftat', 'erfasste Fälle', 'Aufklärungsquote'];

export type PksLine = [year: string, key: string, label: string, cases: string, rate: string];

/** Glauchau-sized figures for one year (invented for tests, in the police's format). */
export function pksLines(year = '2024'): PksLine[] {
  return [
    [year, '------', 'Straftaten insgesamt', '1.234', '58,4'],
    [year, '892000', 'Gewaltkriminalität', '56', '81,2'],
    [year, '****00', 'Diebstahl insgesamt', '402', '31,0'],
    [year, '435*00', 'Wohnungseinbruchdiebstahl', '12', '16,7'],
    [year, '674000', 'Sachbeschädigung', '150', '24,5'],
    [year, '730000', 'Rauschgiftdelikte', '37', '94,6'],
    [year, '899000', 'Straßenkriminalität', '210', '-'],
  ];
}

/** Saxony's figures for the same groups (invented for tests, same format). */
export function saxonyLines(year = '2024'): PksLine[] {
  return [
    [year, '------', 'Straftaten insgesamt', '287.512', '59,1'],
    [year, '892000', 'Gewaltkriminalität', '10.245', '78,0'],
    [year, '****00', 'Diebstahl insgesamt', '98.300', '30,2'],
    [year, '674000', 'Sachbeschädigung', '31.020', '23,1'],
  ];
}

export function pksCsv(
  lines: ReadonlyArray<readonly string[]>,
  options: { encoding?: 'utf8' | 'windows-1252'; header?: readonly string[] } = {},
): Buffer {
  const text = [options.header ?? PKS_HEADER, ...lines].map((l) => l.join(';')).join('\r\n');
  return iconv.encode(`${text}\r\n`, options.encoding ?? 'utf8');
}
