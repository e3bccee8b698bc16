import type { Language } from '@pnetz/shared';
import type { CollabDocuments } from '../../realtime/collab/documents';
import { readMeasures } from '../measures.mirror';
import { planBlocks } from './blocks';
import type { ExportInput } from './export-input';
import { renderPlanDocx } from './plan-docx';
import { renderPlanPdf } from './plan-pdf';

export const EXPORT_FORMATS = {
  pdf: { mime: 'application/pdf', render: renderPlanPdf },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderPlanDocx,
  },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Renders the plan as it is right now (its live document, including edits not yet stored). */
export async function exportPlan(
  documents: CollabDocuments,
  plan: { id: string; title: string; workspaceName: string },
  format: ExportFormat,
  language: Language,
): Promise<{ body: Buffer; mime: string; filename: string }> {
  const document = await documents.open(plan.id);
  let input: ExportInput;
  try {
    input = {
      title: plan.title,
      workspaceName: plan.workspaceName,
      exportedOn: new Date().toISOString().slice(0, 10),
      blocks: planBlocks(document.doc),
      measures: readMeasures(document.doc),
    };
  } finally {
    documents.release(document);
  }
  const { mime, render } = EXPORT_FORMATS[format];
  const body = await render(input, language);
  const safe =
    plan.title
      .normalize('NFKD')
      .replace(/[^\w\- ]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'plan';
  return { body, mime, filename: `${safe}.${format}` };
}
