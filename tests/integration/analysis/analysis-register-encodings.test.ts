import type { RegisterPreview, SecurityAnalysis } from '@pnetz/shared';
import iconv from 'iconv-lite';
import { AddressModel } from '../../../server/src/analysis/address.model';
import { REGISTER_HEADER } from '../../support/analysis-register';
import { startTestServer, type TestServer } from '../../support/server';
import {
  analysisActors,
  importRegister,
  startAnalysis,
  upload,
  type AnalysisActors,
} from './analysis-support';

let app: TestServer;
let actors: AnalysisActors;
let analysis: SecurityAnalysis;

beforeAll(async () => {
  app = await startTestServer();
  actors = await analysisActors(app.url);
  analysis = await startAnalysis(actors);
});
afterAll(() => app.close());

const year = new Date().getUTCFullYear();
/** Three residents whose names need the Latin-1 letters registration offices use. */
const ROWS = [
  ['Müßig, Jürgen', 'Schloßstraße', '3', '08371', 'Glauchau', String(year - 40), 'm', 'Nord'],
  ['Größer, Käthe', 'Am Mühlgraben', '12a', '08371', 'Glauchau', String(year - 71), 'w', 'Süd'],
  ['Öztürk, Ayşe', 'Lindenweg', '5', '08373', 'Glauchau', String(year - 23), 'w', 'Süd'],
];
const text = (rows: string[][]) =>
  [REGISTER_HEADER, ...rows].map((row) => row.join(';')).join('\r\n') + '\r\n';
const preview = (bytes: Buffer) =>
  upload(
    actors.clients.admin,
    `/api/analyses/${analysis.id}/register/preview?filename=melderegister.csv`,
    bytes,
  );
const stored = () => AddressModel.countDocuments({ analysisId: analysis.id });

describe('the register’s text encoding', () => {
  it('reads ISO-8859-1 and UTF-8 with the same names', async () => {
    // ISO-8859-1 has no ş: that resident is written as the office's system would fall back.
    const latin1Rows = ROWS.map((row) => row.map((cell) => cell.replace('ş', 's')));
    const latin1 = await preview(iconv.encode(text(latin1Rows), 'latin1'));
    expect(latin1.status).toBe(200);
    const read = latin1.body as RegisterPreview;
    // Without bytes 0x80–0x9F both single-byte encodings read alike; either name is right.
    expect(['ISO-8859-1', 'windows-1252']).toContain(read.encoding);
    expect(read.examples.map((row) => row[0])).toEqual(latin1Rows.map((row) => row[0]));
    expect(read.examples[0]![1]).toBe('Schloßstraße');

    const utf8 = await preview(Buffer.from(text(ROWS), 'utf8'));
    expect(utf8.status).toBe(200);
    expect((utf8.body as RegisterPreview).encoding).toBe('UTF-8');
    expect((utf8.body as RegisterPreview).examples[2]![0]).toBe('Öztürk, Ayşe');
  });

  it('refuses an encoding it cannot read, naming the problem, and stores nothing', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text(ROWS), 'utf16le')]);
    const wide = await importRegister(actors.clients.admin, analysis.id, utf16);
    expect(wide.status).toBe(400);
    expect(wide.body.error.fields[0].message).toBe(
      'the file is not a CSV file although its name says so',
    );

    // A Cyrillic extract in Windows-1251 is no register of a Saxon office: refused by its name.
    const cyrillic = Array.from({ length: 40 }, (_, i) => [
      `Иванова-Петрова, Наталья ${i}`,
      'Садовая улица',
      String(i + 1),
      '08371',
      'Глаухау',
      String(year - 30),
      'w',
      'Север',
    ]);
    const res = await importRegister(
      actors.clients.admin,
      analysis.id,
      iconv.encode(text(cyrillic), 'win1251'),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].message).toMatch(
      /^the file's encoding \(.+\) is not supported; save it as UTF-8 or Windows-1252$/,
    );
    expect(await stored()).toBe(0);
  });
});
