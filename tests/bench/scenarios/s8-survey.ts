import type { BenchContext, Row } from '../lib/context';
import { percentile, round } from '../lib/stats';

/**
 * S8: the resident survey's public endpoints under a fieldwork rush. Every respondent is a
 * browser of its own: it fetches a session (cookie and CSRF token), opens the questionnaire with
 * its access code and submits a complete set of answers, through the real API of our server in
 * its own process. Respondents arrive at a steady offered rate (open loop: a slow answer does not
 * slow the arrivals). Afterwards the stored responses and used codes are counted: every
 * submission must have stored exactly one response.
 */

/** A complete, valid set of answers to the standard questionnaire. */
const ANSWERS = {
  safe_day_area: 1,
  safe_night_area: 3,
  worry_burglary: 2,
  likely_theft: 2,
  avoid_dark: 3,
  victim_offences: ['bicycle'],
  victim_reported: 'none',
  victim_not_reported_why: ['pointless'],
  avoid_places: 'yes',
  avoid_places_why: ['dark', 'deserted'],
  disorder_litter: 4,
  police_indifferent: 2,
  neighbours_help: 3,
  area_satisfaction: 7,
  wish_measures: ['lighting', 'youth'],
  ageGroup: '35-44',
  sex: 'w',
  district: 'Nord',
};

const P99_TARGET_MS = 300;
const WITHIN_SECONDS = 600;

interface Timings {
  open: number[];
  submit: number[];
  failures: string[];
}

async function respond(url: string, code: string, timings: Timings): Promise<void> {
  const session = await fetch(`${url}/api/auth/session`);
  const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const post = async (path: string, body: unknown, expected: number, into: number[]) => {
    const started = performance.now();
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
      body: JSON.stringify(body),
    });
    await res.arrayBuffer();
    into.push(performance.now() - started);
    if (res.status !== expected) throw new Error(`${path} answered ${res.status}`);
  };
  await post('/api/public/survey/session', { code }, 200, timings.open);
  await post(
    '/api/public/survey/submit',
    { code, answers: ANSWERS, language: 'de' },
    201,
    timings.submit,
  );
}

export async function runSurvey(
  ctx: BenchContext,
  options: { submissions: number; perSecond: number },
): Promise<Row[]> {
  const { submissions, perSecond } = options;
  const server = await ctx.resources.server('ours');
  try {
    const { analysisId, codes } = await server.child.request<{
      analysisId: string;
      codes: string[];
    }>('createSurvey', { count: submissions }, 120_000);
    ctx.log(`S8 ours: ${submissions} submissions at ${perSecond}/s`);
    await server.metrics(true);
    const timings: Timings = { open: [], submit: [], failures: [] };
    const started = performance.now();
    const runs = codes.map(async (code, i) => {
      const due = started + (i * 1000) / perSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await respond(server.target.url, code, timings).catch((error: unknown) => {
        timings.failures.push(error instanceof Error ? error.message : String(error));
      });
    });
    await Promise.all(runs);
    const seconds = (performance.now() - started) / 1000;
    const metrics = await server.metrics(true);
    const counts = await server.child.request<{ responses: number; used: number }>('surveyCounts', {
      analysisId,
    });
    if (timings.failures.length > 0)
      ctx.log(`S8 ${timings.failures.length} failed, e.g. ${timings.failures[0]}`);
    const label = `${submissions.toLocaleString('en')} submissions, ${perSecond}/s offered`;
    const row = (metric: string, unit: string, ours: number, extra: Partial<Row> = {}): Row => ({
      scenario: 'S8',
      case: label,
      metric,
      unit,
      ours: round(ours),
      ywebsocket: null,
      hocuspocus: null,
      ...extra,
    });
    const p99 = percentile(timings.submit, 99);
    // Exactly one response and one used code per submission, nothing lost, nothing twice.
    const complete =
      timings.failures.length === 0 &&
      counts.responses === submissions &&
      counts.used === submissions;
    return [
      row('submit latency p50', 'ms', percentile(timings.submit, 50)),
      row('submit latency p95', 'ms', percentile(timings.submit, 95)),
      row('submit latency p99', 'ms', p99, {
        target: `≤ ${P99_TARGET_MS} ms`,
        met: p99 <= P99_TARGET_MS,
      }),
      row('open with code p99', 'ms', percentile(timings.open, 99)),
      row('all submitted within', 's', seconds, {
        target: `≤ ${WITHIN_SECONDS} s`,
        met: seconds <= WITHIN_SECONDS,
      }),
      row('reach (stored responses ÷ submissions)', '', counts.responses / submissions, {
        target: '1.0',
        met: complete,
      }),
      row('event-loop p99', 'ms', metrics.eventLoopP99Ms),
    ];
  } finally {
    await ctx.resources.release(server);
  }
}
