import type { Language } from '@pnetz/shared';
import type { CollabDocuments } from '../../../realtime/collab/documents';
import { WorkspaceModel } from '../../../workspaces/workspace.model';
import { resultsOf } from '../../results/results.service';
import type { ReportWithAnalysis } from '../report.service';
import { methodAppendix } from './appendix';
import { renderReportDocx } from './report-docx';
import { reportParts, type ReportInput } from './report-input';
import { renderReportPdf } from './report-pdf';

const FORMATS = {
  pdf: { mime: 'application/pdf', render: renderReportPdf },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderReportDocx,
  },
} as const;

/**
 * Renders the report as it is right now (its live document, including edits not yet stored),
 * with every figure drawn from the newest weighting run and the method appendix from that run.
 */
export async function exportReport(
  documents: CollabDocuments,
  { report, analysis }: ReportWithAnalysis,
  format: keyof typeof FORMATS,
  language: Language,
): Promise<{ body: Buffer; mime: string; filename: string }> {
  // The exports print no more than a reader sees: suppressed cells stay suppressed. The margins
  // come along (team view) and are suppressed where small in the appendix.
  const [results, workspace] = await Promise.all([
    resultsOf(analysis, true),
    WorkspaceModel.findById(analysis.workspaceId, { name: 1 }).lean(),
  ]);
  const document = await documents.open(report._id.toHexString());
  let input: ReportInput;
  try {
    input = {
      title: analysis.title,
      workspaceName: workspace?.name ?? '',
      exportedOn: new Date().toISOString().slice(0, 10),
      parts: reportParts(document.doc, results, language),
      appendix: methodAppendix(analysis, results, language),
    };
  } finally {
    documents.release(document);
  }
  const { mime, render } = FORMATS[format];
  const body = await render(input, language);
  const safe =
    analysis.title
      .normalize('NFKD')
      .replace(/[^\w\- ]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'bericht';
  return { body, mime, filename: `${safe}-bericht.${format}` };
}
