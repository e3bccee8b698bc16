import type { AnalysisAddress, SampleDesign, SecurityAnalysis } from '@pnetz/shared';
import { AnalysisModel as ProgrammeAnalysisModel } from '../../../server/src/programme/records.model';
import { cleanRegister } from '../../support/analysis-register';
import { startTestServer, type TestServer } from '../../support/server';
import {
  analysisActors,
  importRegister,
  startAnalysis,
  type AnalysisActors,
} from './analysis-support';

jest.setTimeout(120_000);

let app: TestServer;
let actors: AnalysisActors;
let analysis: SecurityAnalysis;

beforeAll(async () => {
  app = await startTestServer();
  actors = await analysisActors(app.url);
  analysis = await startAnalysis(actors);
  const res = await importRegister(
    actors.clients.admin,
    analysis.id,
    cleanRegister(5000, { encoding: 'windows-1252' }),
  );
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
}, 60_000);
afterAll(() => app.close());

async function draw(body: object): Promise<SampleDesign> {
  const res = await actors.clients.admin.send('post', `/api/analyses/${analysis.id}/sample`, body);
  expect(res.status).toBe(201);
  return res.body as SampleDesign;
}

/** The register lines of the sampled residents, read back through the owners' address list. */
async function sampledLines(): Promise<number[]> {
  const lines: number[] = [];
  for (let page = 1; ; page += 1) {
    const res = await actors.clients.admin.get(
      `/api/analyses/${analysis.id}/addresses?sampled=true&page=${page}`,
    );
    expect(res.status).toBe(200);
    const items = res.body.items as AnalysisAddress[];
    lines.push(...items.map((a) => a.line));
    if (items.length === 0 || lines.length >= res.body.total) return lines;
  }
}

describe('the stratified sample', () => {
  it('gives the same 1,000 residents for the same seed, each stratum within one of proportional', async () => {
    const first = await draw({ size: 1000, seed: 'Glauchau-2026' });
    const firstLines = await sampledLines();
    const again = await draw({ size: 1000, seed: 'Glauchau-2026' });
    const againLines = await sampledLines();
    expect(firstLines).toHaveLength(1000);
    expect(againLines).toEqual(firstLines);
    expect(again.strata).toEqual(first.strata);
    expect(again.seed).toBe('Glauchau-2026');

    const population = first.strata.reduce((sum, s) => sum + s.population, 0);
    expect(population).toBe(5000);
    expect(first.strata.reduce((sum, s) => sum + s.count, 0)).toBe(1000);
    for (const stratum of first.strata)
      expect(Math.abs(stratum.count - (1000 * stratum.population) / population)).toBeLessThan(1);

    const other = await draw({ size: 1000, seed: 'another seed' });
    expect(other.strata).toEqual(first.strata);
    expect(await sampledLines()).not.toEqual(firstLines);
  });

  it('keeps the recorded seed and counts the sample in the programme record', async () => {
    const design = await draw({ size: 300, seed: 'recorded' });
    const res = await actors.clients.coordinator.get(`/api/analyses/${analysis.id}`);
    expect(res.status).toBe(200);
    expect((res.body as SecurityAnalysis).sample).toEqual(design);
    const record = await ProgrammeAnalysisModel.findById(analysis.recordId).lean();
    expect(record?.surveySize).toBe(300);
  });

  it('draws a new seed when none is given and records it', async () => {
    const design = await draw({ size: 50 });
    expect(design.seed).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives every stratum its minimum', async () => {
    const design = await draw({ size: 400, allocation: 'minimum', minimumPerStratum: 3 });
    expect(design.strata.reduce((sum, s) => sum + s.count, 0)).toBe(400);
    for (const stratum of design.strata)
      expect(stratum.count).toBeGreaterThanOrEqual(Math.min(3, stratum.population));
  });

  it('refuses a sample larger than the register and a sample drawn by a member', async () => {
    const tooLarge = await actors.clients.admin.send(
      'post',
      `/api/analyses/${analysis.id}/sample`,
      {
        size: 6000,
      },
    );
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.fields[0]).toEqual({
      path: 'body.size',
      message: 'the register holds only 5000 residents',
    });
    const member = await actors.clients.member.send('post', `/api/analyses/${analysis.id}/sample`, {
      size: 10,
    });
    expect(member.status).toBe(403);
  });
});
