import {
  ELEMENT_STYLE,
  MAP_ASPECT,
  MARKER_OUTLINE,
  PROGRAMME_ELEMENTS,
  SAXONY_DISTRICTS,
  SAXONY_MAP_ATTRIBUTION,
  SAXONY_OUTLINE,
  markerPoints,
  project,
  type Figures,
  type Language,
  type MunicipalityStatus,
  type ProgrammeElement,
  type Ring,
} from '@pnetz/shared';
import type { CanvasElement, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PROGRAMME_LABELS, formatDay } from './labels';
import { configurePdfmake } from '../../files/pdf-setup';
import { figuresTable, fundingYearsTable, type Cell } from './tables';

const MAP_WIDTH = 515;

const polyline = (
  ring: Ring,
  style: { lineColor: string; lineWidth: number; color?: string },
): CanvasElement => ({
  type: 'polyline',
  closePath: true,
  points: ring.map(([lon, lat]) => {
    const [x, y] = project(lon, lat, MAP_WIDTH);
    return { x, y };
  }),
  ...style,
});

function marker(element: ProgrammeElement, x: number, y: number, r: number): CanvasElement {
  const { color, shape } = ELEMENT_STYLE[element];
  if (shape === 'circle')
    return {
      type: 'ellipse',
      x,
      y,
      r1: r,
      r2: r,
      color,
      lineColor: MARKER_OUTLINE,
      lineWidth: 0.6,
    };
  return {
    type: 'polyline',
    closePath: true,
    points: markerPoints(shape, x, y, r).map(([px, py]) => ({ x: px, y: py })),
    color,
    lineColor: MARKER_OUTLINE,
    lineWidth: 0.6,
  };
}

/** A static dot map: outline and districts of Saxony, one marker per municipality (its furthest element). */
function mapCanvas(items: readonly MunicipalityStatus[]): Content {
  const elements: CanvasElement[] = [
    ...SAXONY_OUTLINE.map((ring) =>
      polyline(ring, { lineColor: '#4b5563', lineWidth: 1, color: '#f3f4f6' }),
    ),
    ...SAXONY_DISTRICTS.flatMap((d) =>
      d.rings.map((ring) => polyline(ring, { lineColor: '#9ca3af', lineWidth: 0.4 })),
    ),
  ];
  for (const item of items) {
    const furthest = item.elements.at(-1);
    if (!furthest) continue;
    const [x, y] = project(item.lon, item.lat, MAP_WIDTH);
    elements.push(marker(furthest, x, y, 3.2));
  }
  return { canvas: elements, width: MAP_WIDTH, height: MAP_WIDTH / MAP_ASPECT } as Content;
}

function legend(items: readonly MunicipalityStatus[], language: Language): Content {
  const l = PROGRAMME_LABELS[language];
  return {
    columns: PROGRAMME_ELEMENTS.map((element) => ({
      width: 'auto',
      columns: [
        { width: 10, canvas: [marker(element, 5, 6, 4)] },
        {
          width: 'auto',
          text: `${l.element[element]} (${items.filter((i) => i.elements.at(-1) === element).length})`,
          fontSize: 8,
          margin: [2, 1, 10, 0],
        },
      ],
    })),
    margin: [0, 6, 0, 0],
  } as Content;
}

const cellText = (cell: Cell, language: Language): string =>
  cell === null
    ? '–'
    : typeof cell === 'number'
      ? cell.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB')
      : typeof cell === 'object'
        ? formatDay(cell.day, language)
        : cell;

/** The report for the ministry: figures, funding per year and the map, for one day. */
export async function renderProgrammeReport(
  figures: Figures,
  items: readonly MunicipalityStatus[],
  language: Language,
): Promise<Buffer> {
  const pdfmake = configurePdfmake();
  const l = PROGRAMME_LABELS[language];
  const figureRows = figuresTable(figures, language).rows.slice(1);
  const funding = fundingYearsTable(figures, language);
  const definition: TDocumentDefinitions = {
    info: { title: l.reportTitle, subject: `${l.asOf} ${formatDay(figures.asOf, language)}` },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
      meta: { fontSize: 9, color: '#4b5563', margin: [0, 0, 0, 12] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
    },
    footer: (page, pages) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#6b7280',
    }),
    content: [
      { text: l.reportTitle, style: 'title' },
      {
        text: `${l.reportSubtitle} · ${l.asOf}: ${formatDay(figures.asOf, language)}`,
        style: 'meta',
      },
      { text: l.figures, style: 'h2' },
      {
        table: {
          widths: ['*', 80],
          body: figureRows.map((row) => [
            cellText(row[0] ?? null, language),
            { text: cellText(row[1] ?? null, language), alignment: 'right' },
          ]),
        },
        layout: 'lightHorizontalLines',
      },
      { text: l.fundingSheet, style: 'h2' },
      {
        table: {
          headerRows: 1,
          widths: ['auto', '*', 'auto', '*', '*', '*'],
          body: [
            funding.header.map((text): TableCell => ({ text, bold: true })),
            ...funding.rows.map((row) =>
              row.map((cell, i): TableCell => ({
                text: cellText(i === 0 ? String(cell) : cell, language),
                alignment: i === 0 ? 'left' : 'right',
              })),
            ),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 9,
      },
      { text: l.map, style: 'h2', pageBreak: 'before' },
      mapCanvas(items),
      legend(items, language),
      { text: l.mapLegendNote, fontSize: 8, color: '#374151', margin: [0, 4, 0, 0] },
      { text: SAXONY_MAP_ATTRIBUTION, fontSize: 7, color: '#6b7280', margin: [0, 8, 0, 0] },
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
