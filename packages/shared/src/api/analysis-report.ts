import { z } from 'zod';
import { IdParamsSchema, IdSchema, TimestampSchema } from '../common';
import { endpoint } from './endpoint';
import { DocumentAccessSchema } from './plans';
import { MARGIN_VARIABLES, type ResultCell, type ResultLabel, type Results } from './results';

/**
 * The report of a security analysis: a co-edited document laid out like a plan's rich text
 * (`PLAN_DOCUMENT.text`), with figure blocks that name what they show and take their numbers
 * from the results when they are drawn.
 */
export const REPORT_FIGURE_NODES = { chart: 'resultChart', table: 'resultTable' } as const;
export type ReportFigureDisplay = keyof typeof REPORT_FIGURE_NODES;

/** What a figure block shows: `overall`, or a breakdown by one of the register's margins. */
export const REPORT_BREAKDOWNS = ['overall', ...MARGIN_VARIABLES] as const;
export type ReportBreakdown = (typeof REPORT_BREAKDOWNS)[number];

/** A figure block's reference: a question (by name) or an index (by scale), and a breakdown. */
export interface ReportFigureRef {
  source: 'question' | 'index';
  name: string;
  breakdown: ReportBreakdown;
}

/** Reads a stored reference; null where the block's attributes do not make one. */
export function readFigureRef(attributes: Record<string, unknown>): ReportFigureRef | null {
  const { source, name, breakdown } = attributes;
  if (source !== 'question' && source !== 'index') return null;
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return null;
  const by = (REPORT_BREAKDOWNS as readonly unknown[]).includes(breakdown) ? breakdown : 'overall';
  return { source, name, breakdown: by as ReportBreakdown };
}

/** One figure's value: a weighted share (0–1) or a mean, with its 95 % interval. */
export interface FigureValue {
  value: number;
  low: number;
  high: number;
}

/** One row of a figure: the whole sample or a group; suppressed rows carry no value at all. */
export type FigureRow =
  | { group: string; suppressed: false; n: number; values: Array<FigureValue | null> }
  | { group: string; suppressed: true };

/** The numbers a figure block shows, read from the results of the newest weighting run. */
export interface FigureData {
  ref: ReportFigureRef;
  title: ResultLabel;
  /** `share`: one column per answer option; `mean`: one column with the mean. */
  measure: 'share' | 'mean';
  series: ResultLabel[];
  rows: FigureRow[];
}

const OVERALL = 'overall';

function rowOf(group: string, cell: ResultCell, measure: 'share' | 'mean', keys: string[]) {
  if (cell.suppressed) return { group, suppressed: true } as const;
  const values =
    measure === 'mean'
      ? [cell.mean ? { value: cell.mean.mean, ...cell.mean.interval } : null]
      : keys.map((key) => {
          const option = cell.options.find((o) => o.value === key);
          return option ? { value: option.share, ...option.interval } : null;
        });
  return { group, suppressed: false, n: cell.n, values } as const;
}

/**
 * The figure a block refers to, from the results; null when the results do not hold it (no
 * weighting run yet, or a question or index that is not there). A suppressed cell stays
 * suppressed: its row has no number.
 */
export function reportFigure(results: Results, ref: ReportFigureRef): FigureData | null {
  const found =
    ref.source === 'question'
      ? results.questions.find((q) => q.name === ref.name)
      : results.indices.find((i) => i.scale === ref.name);
  if (!found) return null;
  const title = 'title' in found ? found.title : { de: found.scale, en: found.scale };
  const firstShown = [
    found.overall,
    ...found.breakdowns.flatMap((b) => b.groups.map((g) => g.cell)),
  ]
    .map((cell) => (cell.suppressed ? null : cell))
    .find((cell) => cell !== null);
  const measure =
    'kind' in found && found.kind !== 'rating' && (firstShown?.options.length ?? 0) > 0
      ? 'share'
      : 'mean';
  const options = measure === 'share' ? (firstShown?.options ?? []) : [];
  const keys = options.map((o) => o.value);
  const series =
    measure === 'share' ? options.map((o) => o.label) : [{ de: 'Mittelwert', en: 'Mean' }];
  const rows: FigureRow[] =
    ref.breakdown === OVERALL
      ? [rowOf(OVERALL, found.overall, measure, keys)]
      : (found.breakdowns.find((b) => b.variable === ref.breakdown)?.groups ?? []).map((g) =>
          rowOf(g.category, g.cell, measure, keys),
        );
  return { ref, title, measure, series, rows };
}

export const AnalysisReportSchema = z.object({
  id: IdSchema,
  analysisId: IdSchema,
  /** The collaborative document's name (the report's id). */
  documentId: IdSchema,
  title: z.string(),
  workspaceId: IdSchema,
  /** `write` for the analysis team, `read` for the council and the programme staff. */
  access: DocumentAccessSchema,
  createdAt: TimestampSchema,
});
export type AnalysisReport = z.infer<typeof AnalysisReportSchema>;

export const ReportExportQuerySchema = z.object({
  format: z.enum(['pdf', 'docx']),
  /** The printout's language; the person's own language when left out. */
  language: z.enum(['de', 'en']).optional(),
});

const TAG = 'Sicherheitsanalyse: Bericht';

export const analysisReportEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/api/analyses/:id/report',
    summary: "The analysis's report and the caller's access to its document (readers)",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: AnalysisReportSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/analyses/:id/report',
    summary: 'Start the report with its default outline (team; once per analysis)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: AnalysisReportSchema,
    status: 201,
  }),
  export: endpoint({
    method: 'get',
    path: '/api/analyses/:id/report/export',
    summary:
      'The report as PDF or DOCX with its figures from the newest weighting run and the method appendix (readers)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    query: ReportExportQuerySchema,
    response: null,
    status: 200,
    produces: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  }),
};
