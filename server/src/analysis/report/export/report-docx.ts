import type { Language } from '@pnetz/shared';
import { Paragraph, TextRun, type FileChild } from 'docx';
import { docxBlocks, renderExportDocx } from '../../../plans/export/plan-docx';
import type { PrintedFigure } from './figures';
import { REPORT_LABELS } from './labels';
import type { ReportInput } from './report-input';

/**
 * A figure in Word: its caption, the values as a table with a header row (read cell by cell by
 * screen readers), and the chart's description in words below.
 */
function figure(part: PrintedFigure, language: Language): FileChild[] {
  const labels = REPORT_LABELS[language];
  return [
    new Paragraph({
      style: 'Caption',
      children: [new TextRun({ text: part.caption, bold: true })],
    }),
    ...(part.table ? docxBlocks([part.table]) : []),
    ...(part.description
      ? [
          new Paragraph({
            children: [
              new TextRun({ text: `${labels.description}: `, bold: true }),
              new TextRun({ text: part.description, italics: true }),
            ],
          }),
        ]
      : []),
  ];
}

export async function renderReportDocx(input: ReportInput, language: Language): Promise<Buffer> {
  return renderExportDocx(input, REPORT_LABELS[language].exported, language, [
    ...input.parts.flatMap((part) =>
      part.type === 'figure' ? figure(part, language) : docxBlocks([part]),
    ),
    new Paragraph({ pageBreakBefore: true, children: [] }),
    ...docxBlocks(input.appendix),
  ]);
}
