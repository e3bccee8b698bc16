import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import pino from 'pino';
import { SecurityAnalysisModel } from '../../../server/src/analysis/analysis.model';
import { QuestionnaireModel } from '../../../server/src/analysis/questionnaire.model';
import { questionsOf, type Json } from '../../../server/src/analysis/questionnaire/survey-json';
import { ResponseModel } from '../../../server/src/analysis/response.model';
import { DEMO_RESULTS_TITLE } from '../../../server/src/analysis/results/demo.seed';
import { optionsOf } from '../../../server/src/analysis/results/compute';
import { connectDatabase } from '../../../server/src/db/connection';
import { DEMO_PASSWORD, seedDemoData } from '../../../server/src/seed/demo';
import type { BenchContext, Row } from '../lib/context';
import { median, round } from '../lib/stats';
import { freePort, startApp, waitReady, withDbName } from './s7-pages';

const BATCH = 1000;

/** A small seeded generator, so every run weights the same answers. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Replaces the demo survey's answers with `count` respondents answering every closed question
 * of its questionnaire (hidden follow-ups included), their strata drawn in proportion to the
 * register.
 */
async function seedResponses(count: number): Promise<{ analysisId: string; questions: number }> {
  const analysis = await SecurityAnalysisModel.findOne({ title: DEMO_RESULTS_TITLE }).lean();
  if (!analysis?.register) throw new Error('the demo seed has no survey to weight');
  const questionnaire = await QuestionnaireModel.findOne({ analysisId: analysis._id }).lean();
  const questions = questionsOf(questionnaire!.json as Json)
    .map((q) => ({ name: q.name, type: q.type, options: optionsOf(q.json) }))
    .filter((q) => q.options.length > 0);
  const strata = analysis.register.margins;
  const total = strata.reduce((sum, s) => sum + s.count, 0);
  const random = generator(5000);
  const pickStratum = () => {
    let left = random() * total;
    for (const stratum of strata) if ((left -= stratum.count) < 0) return stratum;
    return strata[strata.length - 1]!;
  };
  await ResponseModel.deleteMany({ analysisId: analysis._id });
  for (let start = 0; start < count; start += BATCH) {
    const docs = [];
    for (let i = start; i < Math.min(count, start + BATCH); i += 1) {
      const { district, ageGroup, sex } = pickStratum();
      const answers: Record<string, unknown> = {};
      for (const question of questions) {
        const values = question.options.map((o) => o.value);
        if (question.type === 'checkbox')
          answers[question.name] = values.filter((v) => v !== 'none' && random() < 0.25);
        else answers[question.name] = values[Math.floor(random() * values.length)];
      }
      Object.assign(answers, { district, ageGroup, sex });
      docs.push({
        _id: randomUUID(),
        analysisId: analysis._id,
        questionnaireVersion: 1,
        channel: i % 3 === 0 ? 'paper' : 'online',
        submittedOn: '2026-04-15',
        language: 'de',
        answers,
        stratum: { district, ageGroup, sex },
      });
    }
    await ResponseModel.insertMany(docs);
  }
  return { analysisId: analysis._id.toHexString(), questions: questions.length };
}

/** A signed-in session against the app: cookie and CSRF token, as the browser keeps them. */
async function signIn(baseUrl: string, email: string) {
  const session = await fetch(`${baseUrl}/api/auth/session`);
  const cookie = session.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const renewed = login.headers.getSetCookie().map((c) => c.split(';')[0]);
  const { csrfToken: token } = (await login.json()) as { csrfToken: string };
  return { cookie: renewed.length > 0 ? renewed.join('; ') : cookie, csrfToken: token };
}

/**
 * S9: a security analysis's results for `responses` (5,000 in a full run) × the standard
 * questionnaire's closed questions, through the real app on the embedded database: one weighting
 * run (raking with a cap of 5, recorded), then the results API, which computes every weighted
 * share, interval, breakdown and index from the stored responses on each request.
 */
export async function runResults(
  ctx: BenchContext,
  options: { rounds: number; responses: number },
): Promise<Row[]> {
  const dbName = `bench_results_${randomBytes(3).toString('hex')}`;
  const logger = pino({ level: 'warn' });
  await connectDatabase(ctx.mongodbUri, logger, dbName);
  let seeded;
  try {
    await seedDemoData(logger);
    seeded = await seedResponses(options.responses);
  } finally {
    await mongoose.disconnect();
  }
  ctx.log(`S9 seeded ${options.responses} responses to ${seeded.questions} closed questions`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pnetz-bench-results-'));
  const server = startApp(port, withDbName(ctx.mongodbUri, dbName), dataDir);
  const weighting: number[] = [];
  const served: number[] = [];
  let bytes = 0;
  let ok = true;
  try {
    await waitReady(baseUrl, server);
    const { cookie, csrfToken } = await signIn(baseUrl, 'geschaeftsstelle@koenigswartha.example');
    const url = `${baseUrl}/api/analyses/${seeded.analysisId}`;
    for (let round = 0; round < options.rounds; round += 1) {
      let started = performance.now();
      const run = await fetch(`${url}/weighting`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
        body: JSON.stringify({ cap: 5 }),
      });
      await run.arrayBuffer();
      weighting.push(performance.now() - started);
      ok &&= run.status === 201;
      started = performance.now();
      const results = await fetch(`${url}/results`, { headers: { cookie } });
      const body = Buffer.from(await results.arrayBuffer());
      served.push(performance.now() - started);
      bytes = body.length;
      ok &&= results.status === 200;
      ctx.log(
        `S9 round ${round + 1}: weighting ${Math.round(weighting.at(-1)!)} ms, results ${Math.round(served.at(-1)!)} ms`,
      );
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  const label = `${options.responses} responses × ${seeded.questions} questions`;
  const row = (metric: string, unit: string, value: number) => ({
    scenario: 'S9',
    case: label,
    metric,
    unit,
    ours: round(value),
    ywebsocket: null,
    hocuspocus: null,
  });
  const resultsMs = median(served);
  return [
    row('weighting run (rake, trim, record)', 'ms', median(weighting)),
    {
      ...row('results computed and served', 'ms', resultsMs),
      target: '≤ 1000 ms',
      met: resultsMs <= 1000,
    },
    row('results computed and served, slowest', 'ms', Math.max(...served)),
    row('results response (JSON)', 'kB', bytes / 1000),
    { ...row('reach (runs and results answered)', '', ok ? 1 : 0), target: '1.0', met: ok },
  ];
}
