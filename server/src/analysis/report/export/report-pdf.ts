import type { Language } from '@pnetz/shared';
import type { Content } from 'pdfmake/interfaces';
import { pdfBlock, renderExportPdf } from '../../../plans/export/plan-pdf';
import type { Bar, PrintedFigure } from './figures';
import { REPORT_LABELS } from './labels';
import type { ReportInput } from './report-input';

const WIDTH = 515;
const LABEL_WIDTH = 150;
const BAR_HEIGHT = 12;

/** A horizontal bar chart drawn as vectors, each bar with its label and value. */
function barChart(bars: Bar[]): Content {
  const room = WIDTH - LABEL_WIDTH - 60;
  return {
    stack: bars.map((bar) => ({
      columns: [
        { width: LABEL_WIDTH, text: bar.label, fontSize: 8 },
        {
          width: room,
          canvas: [
            {
              type: 'rect',
              x: 0,
              y: 1,
              w: Math.max(1, (bar.value / (bar.max || 1)) * room),
              h: BAR_HEIGHT - 2,
              color: '#1d4ed8',
            },
          ],
        },
        { width: 60, text: bar.text, fontSize: 8, margin: [4, 0, 0, 0] },
      ],
      margin: [0, 0, 0, 3],
    })),
    margin: [0, 2, 0, 6],
  };
}

function figure(part: PrintedFigure): Content {
  return {
    stack: [
      { text: part.caption, bold: true, margin: [0, 6, 0, 4] },
      ...(part.bars ? [barChart(part.bars)] : []),
      ...(part.table ? [{ ...(pdfBlock(part.table) as object), fontSize: 8 } as Content] : []),
      ...(part.description ? [{ text: part.description, fontSize: 8, italics: true }] : []),
    ],
    margin: [0, 0, 0, 10],
  };
}

export async function renderReportPdf(input: ReportInput, language: Language): Promise<Buffer> {
  return renderExportPdf(
    input,
    REPORT_LABELS[language].exported,
    language,
    [
      ...input.parts.map((part) => (part.type === 'figure' ? figure(part) : pdfBlock(part))),
      { text: '', pageBreak: 'after' },
      ...input.appendix.map(pdfBlock),
    ],
    { accessible: true },
  );
}
