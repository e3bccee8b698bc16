import type { Language } from '@pnetz/shared';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import type { Block, Inline } from './blocks';
import { EXPORT_LABELS, exportedLine, formatDay } from './labels';
import type { ExportHead, ExportInput } from './export-input';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

function runs(inlines: Inline[]): ParagraphChild[] {
  return inlines.map((part) => {
    const run = new TextRun({
      text: part.text,
      bold: part.bold,
      italics: part.italic,
      strike: part.strike,
      ...(part.underline ? { underline: {} } : {}),
      ...(part.link ? { style: 'Hyperlink' } : {}),
    });
    return part.link ? new ExternalHyperlink({ link: part.link, children: [run] }) : run;
  });
}

/** Blocks as DOCX content: headings with Word's heading styles, lists with numbering. */
export function docxBlocks(nodes: Block[], listLevel = 0): FileChild[] {
  return nodes.flatMap((node): FileChild[] => {
    switch (node.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: HEADINGS[Math.min(node.level, 4) - 1],
            children: runs(node.inlines),
          }),
        ];
      case 'paragraph':
        return [new Paragraph({ children: runs(node.inlines) })];
      case 'list':
        return node.items.flatMap((item) =>
          item.flatMap((child, index) =>
            child.type === 'paragraph' && index === 0
              ? [
                  new Paragraph({
                    children: runs(child.inlines),
                    numbering: {
                      reference: node.ordered ? 'ordered' : 'bullets',
                      level: Math.min(listLevel, 2),
                    },
                  }),
                ]
              : docxBlocks([child], listLevel + 1),
          ),
        );
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: node.rows.map(
              (row) =>
                new TableRow({
                  tableHeader: row.header,
                  children: row.cells.map(
                    (cell) =>
                      new TableCell({
                        children: (docxBlocks(cell) as Paragraph[]).length
                          ? (docxBlocks(cell) as Paragraph[])
                          : [new Paragraph('')],
                      }),
                  ),
                }),
            ),
          }),
        ];
      case 'quote':
        return docxBlocks(node.blocks, listLevel).map((child) => child);
      case 'rule':
        return [new Paragraph({ thematicBreak: true })];
    }
  });
}

const bulletLevels = [0, 1, 2].map((level) => ({
  level,
  format: LevelFormat.BULLET,
  text: '•',
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
}));
const orderedLevels = [0, 1, 2].map((level) => ({
  level,
  format: LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
}));

/** The list numbering `docxBlocks` refers to. */
const DOCX_NUMBERING = {
  config: [
    { reference: 'bullets', levels: bulletLevels },
    { reference: 'ordered', levels: orderedLevels },
  ],
};

/**
 * An exported Word document: the title, the line naming the workspace and the export day, then
 * `body`, with the list numbering `docxBlocks` refers to.
 */
export async function renderExportDocx(
  head: ExportHead,
  exportedLabel: string,
  language: Language,
  body: FileChild[],
): Promise<Buffer> {
  const document = new Document({
    title: head.title,
    description: head.workspaceName,
    numbering: DOCX_NUMBERING,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(head.title)] }),
          new Paragraph({
            children: [
              new TextRun({ text: exportedLine(head, exportedLabel, language), italics: true }),
            ],
          }),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

export async function renderPlanDocx(input: ExportInput, language: Language): Promise<Buffer> {
  const labels = EXPORT_LABELS[language];
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const measureTable =
    input.measures.length === 0
      ? [new Paragraph(labels.noMeasures)]
      : [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: labels.columns.map((text) => cell(text, true)),
              }),
              ...input.measures.map(
                (m) =>
                  new TableRow({
                    children: [
                      cell(m.goal ? `${m.title} – ${m.goal}` : m.title),
                      cell(m.fieldOfAction ? labels.field[m.fieldOfAction] : '–'),
                      cell(
                        [m.responsibleOrganisation, m.responsiblePerson]
                          .filter(Boolean)
                          .join(', ') || '–',
                      ),
                      cell(formatDay(m.deadline, language)),
                      cell(labels.status[m.status]),
                      cell(`${m.progress} %`),
                    ],
                  }),
              ),
            ],
          }),
        ];
  return renderExportDocx(input, labels.exported, language, [
    ...docxBlocks(input.blocks),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(labels.measures)],
    }),
    ...measureTable,
  ]);
}
