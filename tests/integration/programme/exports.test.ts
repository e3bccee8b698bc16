import readXlsxFile from 'read-excel-file/node';
import { Types } from 'mongoose';
import { createUser } from '../../support/factories';
import { pdfPages } from '../../support/pdf';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { AgreementModel, FundingModel } from '../../../server/src/programme/records.model';
import { binary, createMunicipality, signedIn } from './support';

let app: TestServer;
let coordinator: ApiClient;

/** A minimal RFC 4180 reader with `;` as separator, to read the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

beforeAll(async () => {
  app = await startTestServer();
  coordinator = await signedIn(app.url, await createUser({ platformRoles: ['coordinator'] }));
  const { id } = await createMunicipality({
    name: 'Frankenberg/Sa.',
    district: 'Landkreis Mittelsachsen',
    population: 14000,
    lat: 50.9114,
    lon: 13.0376,
    milestones: [
      { kind: 'contacted', date: '2019-10-01', note: '' },
      { kind: 'advised', date: '2019-11-26', note: '' },
    ],
  });
  await createMunicipality({ name: 'Stadt "Am See"; Ort', lat: 51.1, lon: 13.2 });
  await AgreementModel.create({
    municipalityId: new Types.ObjectId(id),
    date: '2021-01-27',
    status: 'signed',
    signatories: [],
  });
  await FundingModel.create({
    municipalityId: new Types.ObjectId(id),
    year: 2021,
    project: '=HYPERLINK("x")',
    fieldOfAction: 'violence',
    amountRequested: 12_500,
    ownShare: 2_500,
    costItems: [],
    submittedOn: '2020-09-15',
    status: 'granted',
    statusHistory: [
      { status: 'applied', date: '2020-09-15' },
      { status: 'granted', date: '2020-12-10' },
    ],
    amountGranted: 12_500,
  });
});
afterAll(() => app.close());

describe('exports', () => {
  it('CSV: UTF-8 with BOM, semicolons, quoting, German dates; reads back', async () => {
    const res = await coordinator
      .get('/api/programme/export?format=csv&asOf=2022-12-31')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toContain('asskomm-municipalities-2022-12-31.csv');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.subarray(3).toString('utf8'));
    expect(rows[0]!.slice(0, 3)).toEqual(['Kommune', 'Art', 'Landkreis']);
    const frankenberg = rows.find((r) => r[0] === 'Frankenberg/Sa.')!;
    expect(frankenberg.slice(0, 9)).toEqual([
      'Frankenberg/Sa.',
      'Kommune',
      'Landkreis Mittelsachsen',
      '14000',
      'Polizeidirektion Zwickau',
      '50,9114',
      '13,0376',
      '01.10.2019',
      '26.11.2019',
    ]);
    expect(frankenberg[11]).toBe('1');
    expect(rows.some((r) => r[0] === 'Stadt "Am See"; Ort')).toBe(true);

    const funding = await coordinator
      .get('/api/programme/export?format=csv&table=funding')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const fundingRows = parseCsv((funding.body as Buffer).subarray(3).toString('utf8'));
    expect(fundingRows[1]!.slice(0, 3)).toEqual(['Frankenberg/Sa.', '2021', `'=HYPERLINK("x")`]);
  });

  it('XLSX: figures, funding years, municipalities and funding sheets that parse back', async () => {
    const res = await coordinator
      .get('/api/programme/export?format=xlsx&asOf=2022-12-31')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheets = await readXlsxFile(res.body as Buffer);
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Kennzahlen',
      'Förderjahre',
      'Kommunen',
      'Fördermittel',
      'Fortbildung',
    ]);
    const sheet = (name: string) => sheets.find((s) => s.sheet === name)!.data;
    const values = new Map(sheet('Kennzahlen').map((row) => [String(row[0]), row[1]]));
    expect(values.get('Kommunen beraten')).toBe(1);
    expect(values.get('Kooperationsvereinbarungen')).toBe(1);
    const row = sheet('Kommunen')[1]!;
    expect(row[0]).toBe('Frankenberg/Sa.');
    expect(row[8]).toEqual(new Date('2019-11-26T00:00:00Z'));
  });

  it('PDF report of the figures and the map for a day', async () => {
    const res = await coordinator
      .get('/api/programme/report?asOf=2022-12-31')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(2);
    // The legend counts municipalities by their furthest step, and says so beside page 1's figures.
    expect(pages[1]).toContain('Jede Kommune erscheint einmal');
  });

  it('rejects an unknown format naming the field', async () => {
    const res = await coordinator.get('/api/programme/export?format=ods');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('query.format');
  });
});
