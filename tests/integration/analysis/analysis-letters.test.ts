import type { SecurityAnalysis } from '@pnetz/shared';
import mongoose from 'mongoose';
import { AccessCodeModel } from '../../../server/src/analysis/access-code.model';
import { hashCode, isWellFormedCode } from '../../../server/src/analysis/access-codes';
import { AuditEventModel } from '../../../server/src/audit/audit-event.model';
import { AnalysisModel as ProgrammeAnalysisModel } from '../../../server/src/programme/records.model';
import { cleanRegister } from '../../support/analysis-register';
import { startTestServer, type TestServer } from '../../support/server';
import {
  analysisActors,
  getBinary,
  importRegister,
  postForBinary,
  readPdf,
  startAnalysis,
  type AnalysisActors,
} from './analysis-support';

jest.setTimeout(120_000);

let app: TestServer;
let actors: AnalysisActors;
let analysis: SecurityAnalysis;
const SAMPLE = 24;
const CODE =
  /[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]/g;

beforeAll(async () => {
  app = await startTestServer();
  actors = await analysisActors(app.url);
  analysis = await startAnalysis(actors);
  expect((await importRegister(actors.clients.admin, analysis.id, cleanRegister(120))).status).toBe(
    201,
  );
  const patch = await actors.clients.admin.send('patch', `/api/analyses/${analysis.id}`, {
    publicUrl: 'https://glauchau.example/befragung',
    signatory: 'Bürgermeisterin der Stadt Glauchau',
    addressDeletionOn: '2027-06-30',
  });
  expect(patch.status).toBe(200);
  const drawn = await actors.clients.admin.send('post', `/api/analyses/${analysis.id}/sample`, {
    size: SAMPLE,
    seed: 'letters',
  });
  expect(drawn.status).toBe(201);
});
afterAll(() => app.close());

describe('the letters', () => {
  let codes: string[] = [];

  it('prints one page per sampled resident, each with a valid code whose hash alone is stored', async () => {
    const res = await postForBinary(actors.clients.admin, `/api/analyses/${analysis.id}/letters`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { pages, qr } = await readPdf(res.body as Buffer, 3);
    expect(pages).toHaveLength(SAMPLE);
    codes = pages.map((text) => {
      const found = text.match(CODE) ?? [];
      expect(found).toHaveLength(1);
      expect(text).toContain('https://glauchau.example/befragung');
      expect(text).toContain('Datenschutzhinweis (Art. 13 DSGVO)');
      expect(text).toContain('in zufälliger Reihenfolge zugeteilt');
      expect(text).toContain('keine IP-Adresse, keine Gerätedaten und als Zeitangabe nur den Tag');
      expect(text).toContain('30.06.2027');
      return found[0]!;
    });
    expect(new Set(codes).size).toBe(SAMPLE);
    for (const code of codes) expect(isWellFormedCode(code)).toBe(true);
    const stored = await AccessCodeModel.find({ analysisId: analysis.id }).lean();
    expect(stored.map((c) => c.codeHash).sort()).toEqual(codes.map(hashCode).sort());
    // The hash is the record's _id: the answering page finds a code by reading one row.
    expect(stored.every((c) => c._id === c.codeHash)).toBe(true);
    expect(stored.every((c) => c.usedOn === null)).toBe(true);
    // Only the hash and the day of use: nothing that could point to an address or a letter.
    expect(Object.keys(stored[0]!).sort()).toEqual(['_id', 'analysisId', 'codeHash', 'usedOn']);
    // The QR codes open the public page with the letter's own code.
    expect(qr).toEqual(
      codes.slice(0, 3).map((code) => `https://glauchau.example/befragung?code=${code}`),
    );
  });

  it('keeps no plain code and no link between codes and addresses anywhere in the database', async () => {
    const db = mongoose.connection.db!;
    for (const { name } of await db.listCollections().toArray()) {
      const dump = JSON.stringify(await db.collection(name).find({}).toArray());
      for (const code of codes.slice(0, 5)) {
        expect(dump).not.toContain(code);
        expect(dump).not.toContain(code.replace(/-/g, ''));
      }
      if (name !== 'analysis_access_codes')
        for (const code of codes.slice(0, 5)) expect(dump).not.toContain(hashCode(code));
    }
  });

  it('moves the programme record to the survey and audits the letters', async () => {
    const record = await ProgrammeAnalysisModel.findById(analysis.recordId).lean();
    expect(record?.statusHistory.map((s) => s.status)).toEqual(['agreed', 'survey']);
    expect(record?.surveySize).toBe(SAMPLE);
    const audit = await AuditEventModel.findOne({ action: 'analysis.letters_made' }).lean();
    expect(audit?.details).toEqual({ letters: SAMPLE });
  });

  it('refuses a new draw once the letters are made', async () => {
    const res = await actors.clients.admin.send('post', `/api/analyses/${analysis.id}/sample`, {
      size: 10,
    });
    expect(res.status).toBe(409);
  });

  it('prints the reminder to everyone in the sample, thanking those who answered', async () => {
    const res = await getBinary(actors.clients.admin, `/api/analyses/${analysis.id}/reminder.pdf`);
    expect(res.status).toBe(200);
    const { pages } = await readPdf(res.body as Buffer);
    expect(pages).toHaveLength(SAMPLE);
    expect(pages[0]).toContain('Falls Sie bereits geantwortet haben, danke!');
    expect(pages.join(' ').match(CODE)).toBeNull();
  });

  it('prints the paper questionnaire with one sheet number per copy', async () => {
    const res = await getBinary(
      actors.clients.admin,
      `/api/analyses/${analysis.id}/paper.pdf?copies=3&firstSheet=41`,
    );
    expect(res.status).toBe(200);
    const { pages } = await readPdf(res.body as Buffer);
    expect(pages.length % 3).toBe(0);
    const perCopy = pages.length / 3;
    expect(pages[0]).toContain('Bogen-Nr. 000041');
    expect(pages[perCopy - 1]).toContain('Bogen-Nr. 000041');
    expect(pages[perCopy]).toContain('Bogen-Nr. 000042');
    expect(pages[pages.length - 1]).toContain('Bogen-Nr. 000043');
  });

  it('lets no one but the owners make letters', async () => {
    for (const who of ['member', 'coordinator', 'otherCouncil'] as const) {
      const res = await actors.clients[who].send('post', `/api/analyses/${analysis.id}/letters`);
      expect(res.status).toBe(403);
    }
  });
});
