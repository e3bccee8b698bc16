import { ClientEvent, ServerEvent, type Fieldwork, type SecurityAnalysis } from '@pnetz/shared';
import { AccessCodeModel } from '../../../server/src/analysis/access-code.model';
import { generateCode, hashCode } from '../../../server/src/analysis/access-codes';
import { eventually } from '../../support/eventually';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected, type TestSocket } from '../../support/sockets';
import { ApiClient } from '../../support/http';
import { SAMPLE_ANSWERS } from './survey-support';
import { analysisActors, startAnalysis, type AnalysisActors } from './analysis-support';

let app: TestServer;
let actors: AnalysisActors;
let analysis: SecurityAnalysis;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  app = await startTestServer();
  actors = await analysisActors(app.url);
  analysis = await startAnalysis(actors);
  const base = `/api/analyses/${analysis.id}/questionnaire`;
  expect((await actors.clients.admin.send('post', base)).status).toBe(201);
  expect((await actors.clients.admin.send('post', `${base}/fieldwork`)).status).toBe(200);
});
afterEach(() => {
  while (sockets.length > 0) sockets.pop()!.close();
});
afterAll(() => app.close());

async function socketOf(who: keyof AnalysisActors['clients']): Promise<TestSocket> {
  const socket = connectSocket(app.url, actors.clients[who].cookieHeader());
  sockets.push(socket);
  await whenConnected(socket);
  return socket;
}

function join(socket: TestSocket) {
  return new Promise<{ ok: boolean; fieldwork?: Fieldwork; error?: { id: string } }>((resolve) =>
    socket.emit(ClientEvent.AnalysisJoin, { analysisId: analysis.id }, (result) =>
      resolve(result as never),
    ),
  );
}

async function submit(code: string) {
  const respondent = new ApiClient(app.url);
  const res = await respondent.send('post', '/api/public/survey/submit', {
    code,
    answers: SAMPLE_ANSWERS,
    language: 'de',
  });
  expect(res.status).toBe(201);
}

describe('the fieldwork dashboard', () => {
  it('updates the owners and the coordinator live, and refuses members and other councils', async () => {
    const codes = Array.from({ length: 2 }, () => generateCode());
    await AccessCodeModel.insertMany(
      codes.map((code) => ({ analysisId: analysis.id, codeHash: hashCode(code), usedOn: null })),
    );
    const owner = await socketOf('admin');
    const coordinator = await socketOf('coordinator');
    const joined = await join(owner);
    expect(joined.ok).toBe(true);
    expect(joined.fieldwork).toMatchObject({ total: 0, byChannel: { online: 0, paper: 0 } });
    expect((await join(coordinator)).ok).toBe(true);
    for (const who of ['member', 'otherCouncil'] as const)
      expect(await join(await socketOf(who))).toMatchObject({
        ok: false,
        error: { id: 'forbidden' },
      });

    const seen: Record<'owner' | 'coordinator', Fieldwork[]> = { owner: [], coordinator: [] };
    owner.on(ServerEvent.AnalysisFieldwork, (f) => seen.owner.push(f));
    coordinator.on(ServerEvent.AnalysisFieldwork, (f) => seen.coordinator.push(f));

    await submit(codes[0]!);
    await eventually(() => {
      expect(seen.owner.at(-1)?.total).toBe(1);
      expect(seen.coordinator.at(-1)?.total).toBe(1);
    });
    await submit(codes[1]!);
    await eventually(() => expect(seen.owner.at(-1)?.total).toBe(2));
    const latest = seen.owner.at(-1)!;
    const today = new Date().toISOString().slice(0, 10);
    expect(latest.byDay).toEqual([{ day: today, online: 2, paper: 0 }]);
    expect(latest.byChannel).toEqual({ online: 2, paper: 0 });
    expect(latest.byStratum).toEqual([
      { district: 'Nord', ageGroup: '35-44', sex: 'w', returned: 2, drawn: 0 },
    ]);

    const rest = await actors.clients.coordinator.get(`/api/analyses/${analysis.id}/fieldwork`);
    expect(rest.status).toBe(200);
    expect(rest.body.total).toBe(2);
    expect((await actors.clients.member.get(`/api/analyses/${analysis.id}/fieldwork`)).status).toBe(
      403,
    );
  });

  it('recounts a burst of returns once rather than once per return, and misses none', async () => {
    const codes = Array.from({ length: 8 }, () => generateCode());
    await AccessCodeModel.insertMany(
      codes.map((code) => ({ analysisId: analysis.id, codeHash: hashCode(code), usedOn: null })),
    );
    const owner = await socketOf('admin');
    const before = (await join(owner)).fieldwork!.total;
    const seen: Fieldwork[] = [];
    owner.on(ServerEvent.AnalysisFieldwork, (f) => seen.push(f));

    const started = Date.now();
    await Promise.all(codes.map((code) => submit(code)));
    const seconds = (Date.now() - started) / 1000;
    await eventually(() => expect(seen.at(-1)?.total).toBe(before + codes.length));
    // The figures went out at most once per second while the returns came in, plus a last time.
    expect(seen.length).toBeLessThanOrEqual(Math.min(Math.ceil(seconds) + 1, codes.length - 1));
  });
});
