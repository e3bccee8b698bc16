import type { Language } from '@pnetz/shared';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { configurePdfmake } from '../../files/pdf-setup';
import type { Block, Inline } from './blocks';
import { EXPORT_LABELS, exportedLine, formatDay } from './labels';
import type { ExportHead, ExportInput } from './export-input';

const inline = (part: Inline): Content => ({
  text: part.text,
  ...(part.bold ? { bold: true } : {}),
  ...(part.italic ? { italics: true } : {}),
  decoration: part.underline ? 'underline' : part.strike ? 'lineThrough' : undefined,
  ...(part.link ? { link: part.link, color: '#1d4ed8' } : {}),
});

/** One block as pdfmake content; headings are also the PDF's outline (bookmarks). */
export function pdfBlock(node: Block): Content {
  switch (node.type) {
    case 'heading':
      return {
        text: node.inlines.map(inline),
        style: `h${Math.min(node.level, 3)}`,
        outline: true,
        outlineText: node.inlines.map((part) => part.text).join(''),
      };
    case 'paragraph':
      return { text: node.inlines.map(inline), margin: [0, 0, 0, 6] };
    case 'list':
      return node.ordered
        ? { ol: node.items.map((item) => item.map(pdfBlock)) }
        : { ul: node.items.map((item) => item.map(pdfBlock)) };
    case 'table': {
      const width = Math.max(1, ...node.rows.map((row) => row.cells.length));
      return {
        table: {
          headerRows: node.rows[0]?.header ? 1 : 0,
          widths: Array.from({ length: width }, () => '*'),
          body: node.rows.map((row) =>
            Array.from({ length: width }, (_, i) => ({
              stack: (row.cells[i] ?? []).map(pdfBlock),
              bold: row.header,
            })),
          ),
        },
        margin: [0, 0, 0, 8],
      };
    }
    case 'quote':
      return { stack: node.blocks.map(pdfBlock), margin: [16, 0, 0, 6], italics: true };
    case 'rule':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 0.5 }],
        margin: [0, 6, 0, 6],
      };
  }
}

/**
 * An exported PDF: A4 with page numbers, the title and the line naming the workspace and the
 * export day, then `body`. `accessible` also tags the document's language and lists the title in
 * the outline (bookmarks).
 */
export async function renderExportPdf(
  head: ExportHead,
  exportedLabel: string,
  language: Language,
  body: Content[],
  { accessible = false }: { accessible?: boolean } = {},
): Promise<Buffer> {
  const pdfmake = configurePdfmake();
  const definition: TDocumentDefinitions = {
    info: { title: head.title, subject: head.workspaceName },
    ...(accessible ? { language: language === 'de' ? 'de-DE' : 'en-GB' } : {}),
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      meta: { fontSize: 9, color: '#4b5563', margin: [0, 0, 0, 14] },
      h1: { fontSize: 15, bold: true, margin: [0, 10, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 6, 0, 3] },
    },
    footer: (page, pages) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#6b7280',
    }),
    content: [
      {
        text: head.title,
        style: 'title',
        ...(accessible ? { outline: true, outlineText: head.title } : {}),
      },
      { text: exportedLine(head, exportedLabel, language), style: 'meta' },
      ...body,
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}

export async function renderPlanPdf(input: ExportInput, language: Language): Promise<Buffer> {
  const labels = EXPORT_LABELS[language];
  return renderExportPdf(input, labels.exported, language, [
    ...input.blocks.map(pdfBlock),
    {
      text: labels.measures,
      style: 'h1',
      pageBreak: input.blocks.length > 0 ? 'before' : undefined,
    },
    input.measures.length === 0
      ? { text: labels.noMeasures }
      : {
          table: {
            headerRows: 1,
            widths: ['*', 90, 90, 55, 60, 45],
            body: [
              labels.columns.map((text) => ({ text, bold: true })),
              ...input.measures.map((m) => [
                {
                  stack: [
                    { text: m.title, bold: true },
                    ...(m.goal ? [{ text: m.goal, fontSize: 8 }] : []),
                  ],
                },
                m.fieldOfAction ? labels.field[m.fieldOfAction] : '–',
                [m.responsibleOrganisation, m.responsiblePerson].filter(Boolean).join(', ') || '–',
                formatDay(m.deadline, language),
                labels.status[m.status],
                `${m.progress} %`,
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
          fontSize: 9,
        },
  ]);
}
