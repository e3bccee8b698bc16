import { ANALYSIS_LIMITS, type RegisterPreview, type SecurityAnalysis } from '@pnetz/shared';
import { AddressModel } from '../../../server/src/analysis/address.model';
import { SecurityAnalysisModel } from '../../../server/src/analysis/analysis.model';
import { AuditEventModel } from '../../../server/src/audit/audit-event.model';
import {
  REGISTER_HEADER,
  cleanRegister,
  registerRow,
  windows1252Register,
  xlsxWorkbook,
} from '../../support/analysis-register';
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

const stored = () => AddressModel.countDocuments({ analysisId: analysis.id });

describe('the register import', () => {
  it('detects Windows-1252 and ";" and proposes the mapping in the preview', async () => {
    const res = await upload(
      actors.clients.admin,
      `/api/analyses/${analysis.id}/register/preview?filename=melderegister.csv`,
      windows1252Register(200).bytes,
    );
    expect(res.status).toBe(200);
    const preview = res.body as RegisterPreview;
    expect(preview).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      separator: ';',
      rows: 200,
      mapping: { name: 'Name', street: 'Straße', district: 'Ortsteil', sex: 'Geschlecht' },
    });
    expect(preview.examples[0]![0]).toBe('Müller–Lüdtke, Jürgen');
    expect(await stored()).toBe(0);
  });

  it('reports exactly the 3 bad rows of a 5,000-row Windows-1252 register and stores nothing', async () => {
    const register = windows1252Register(5000);
    const res = await importRegister(actors.clients.admin, analysis.id, register.bytes);
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation_failed');
    const fields = res.body.error.fields as Array<{ path: string; message: string }>;
    expect(fields.map((f) => f.path)).toEqual(register.bad.map((b) => `line.${b.line}`));
    register.bad.forEach((bad, i) => {
      expect(fields[i]!.message).toContain(`line ${bad.line}`);
      expect(fields[i]!.message).toContain(bad.field);
    });
    expect(await stored()).toBe(0);
    expect((await SecurityAnalysisModel.findById(analysis.id).lean())?.register).toBeNull();
  });

  it('names a required column the register lacks', async () => {
    const header = REGISTER_HEADER.filter((column) => column !== 'Ortsteil');
    const res = await importRegister(
      actors.clients.admin,
      analysis.id,
      cleanRegister(20, { header }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      {
        path: 'mapping.district',
        message: expect.stringContaining('"Ortsteil" is missing') as unknown as string,
      },
    ]);
    expect(await stored()).toBe(0);
  });

  it('reports a duplicate person with the line of the first', async () => {
    const lines = cleanRegister(10).toString('utf8').split('\n');
    const bytes = Buffer.from([...lines, lines[3]].join('\n'));
    const res = await importRegister(actors.clients.admin, analysis.id, bytes);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      { path: 'line.12', message: 'line 12: same person as line 4' },
    ]);
    expect(await stored()).toBe(0);
  });

  it('refuses a workbook with a formula, naming the cell', async () => {
    const rows = [REGISTER_HEADER, registerRow(0), registerRow(1)];
    const bytes = xlsxWorkbook(rows, { formula: { row: 2, col: 5, f: 'YEAR(TODAY())-40' } });
    const res = await importRegister(actors.clients.admin, analysis.id, bytes, 'register.xlsx');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].message).toContain('formula (cell F3)');
    expect(await stored()).toBe(0);
  });

  it('refuses macros, by name and by content', async () => {
    const rows = [REGISTER_HEADER, registerRow(0)];
    const named = await importRegister(
      actors.clients.admin,
      analysis.id,
      xlsxWorkbook(rows),
      'register.xlsm',
    );
    expect(named.status).toBe(400);
    expect(named.body.error.fields[0].message).toContain('.xlsm');
    const hidden = await importRegister(
      actors.clients.admin,
      analysis.id,
      xlsxWorkbook(rows, { macro: true }),
      'register.xlsx',
    );
    expect(hidden.status).toBe(400);
    expect(hidden.body.error.fields[0].message).toContain('macros');
    expect(await stored()).toBe(0);
  });

  it('refuses disguised files', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const asXlsx = await importRegister(actors.clients.admin, analysis.id, png, 'register.xlsx');
    expect(asXlsx.status).toBe(400);
    expect(asXlsx.body.error.fields[0].message).toContain('not an Excel workbook');
    const asCsv = await importRegister(actors.clients.admin, analysis.id, png, 'register.csv');
    expect(asCsv.status).toBe(400);
    expect(asCsv.body.error.fields[0].message).toContain('not a CSV file');
    const zipAsCsv = await importRegister(
      actors.clients.admin,
      analysis.id,
      xlsxWorkbook([REGISTER_HEADER]),
      'register.csv',
    );
    expect(zipAsCsv.status).toBe(400);
    expect(await stored()).toBe(0);
  });

  it('refuses a file over the limit', async () => {
    const big = Buffer.alloc(ANALYSIS_LIMITS.registerMaxBytes + 1, 0x41);
    const res = await importRegister(actors.clients.admin, analysis.id, big);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'file' });
    expect(await stored()).toBe(0);
  });

  it('imports a clean workbook with a chosen mapping and keeps the margins', async () => {
    const header = ['Familienname, Vorname', ...REGISTER_HEADER.slice(1)];
    const rows = [header, ...Array.from({ length: 40 }, (_, i) => registerRow(i))];
    const res = await upload(
      actors.clients.admin,
      `/api/analyses/${analysis.id}/register?filename=register.xlsx&name=${encodeURIComponent(
        'Familienname, Vorname',
      )}`,
      xlsxWorkbook(rows),
    );
    expect(res.status).toBe(201);
    expect(res.body.rows).toBe(40);
    const margins = res.body.margins as Array<{ count: number }>;
    expect(margins.reduce((sum, m) => sum + m.count, 0)).toBe(40);
    expect(await stored()).toBe(40);
    const audit = await AuditEventModel.findOne({ action: 'analysis.register_imported' }).lean();
    expect(audit?.details).toMatchObject({ rows: 40, format: 'xlsx' });
  });

  it('lets only the owners import', async () => {
    for (const who of ['member', 'coordinator', 'otherCouncil'] as const) {
      const res = await importRegister(actors.clients[who], analysis.id, cleanRegister(5));
      expect(res.status).toBe(403);
    }
    expect(await stored()).toBe(40);
  });
});
