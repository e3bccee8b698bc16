import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { configurePdfmake } from '../files/pdf-setup';
import { allowedValues, questionsOf, ratingValues, type Json } from './questionnaire/survey-json';

/** A SurveyJS text in German: a plain string or a localised object's default. */
const german = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'default' in value)
    return String((value as { default: unknown }).default ?? '');
  return '';
};

/** A fresh node each time: pdfmake writes layout state into the nodes it lays out. */
const box = () =>
  ({
    canvas: [{ type: 'rect', x: 0, y: 1.5, w: 8, h: 8, lineWidth: 0.7 }],
    width: 12,
  }) as unknown as Content;

function choiceTexts(question: Json): string[] {
  const choices = Array.isArray(question.choices) ? question.choices : [];
  const texts = choices.map((choice) =>
    choice && typeof choice === 'object' && 'text' in choice
      ? german((choice as { text: unknown }).text) || String((choice as { value: unknown }).value)
      : String(choice),
  );
  if (question.showNoneItem === true) texts.push(german(question.noneText) || 'Nichts davon');
  if (question.showOtherItem === true)
    texts.push(german(question.otherText) || 'Sonstiges: ______');
  return texts.length > 0 ? texts : allowedValues(question).map(String);
}

function answerArea(question: Json, type: string): Content {
  const options = (texts: string[]) => ({
    stack: texts.map((text) => ({ columns: [box(), { text, width: '*' }], margin: [0, 1, 0, 0] })),
    margin: [8, 2, 0, 0],
  });
  switch (type) {
    case 'radiogroup':
    case 'checkbox':
    case 'dropdown':
      return options(choiceTexts(question)) as Content;
    case 'boolean':
      return options(['Ja', 'Nein']) as Content;
    case 'rating':
      return {
        columns: ratingValues(question).map((value) => ({
          columns: [box(), { text: String(value), width: 'auto' }],
          width: 'auto',
          margin: [0, 0, 10, 0],
        })),
        margin: [8, 2, 0, 0],
      } as Content;
    default:
      return {
        canvas: [0, 18, 36].map((y) => ({
          type: 'line' as const,
          x1: 0,
          y1: y + 14,
          x2: 480,
          y2: y + 14,
          lineWidth: 0.4,
          lineColor: '#888888',
        })),
        margin: [8, 0, 0, 0],
      };
  }
}

function copyContent(json: Json, first: boolean): Content[] {
  const questions = questionsOf(json);
  return [
    {
      text: german(json.title) || 'Fragebogen',
      style: 'title',
      ...(first ? {} : { pageBreak: 'before' as const }),
    },
    { text: german(json.description), fontSize: 9, margin: [0, 2, 0, 8] },
    ...questions.map((question, index): Content => ({
      stack: [
        {
          text: `${index + 1}. ${german(question.json.title) || question.name}${
            question.json.visibleIf ? ' (falls zutreffend)' : ''
          }`,
          bold: true,
        },
        answerArea(question.json, question.type),
      ],
      unbreakable: true,
      margin: [0, 0, 0, 8],
    })),
  ];
}

function definition(
  json: Json,
  copies: number,
  sheet: (page: number) => number,
): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 50],
    info: { title: 'Sicherheitsanalyse – Papierfragebogen' },
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    styles: { title: { fontSize: 14, bold: true } },
    header: (page) => ({
      text: `Bogen-Nr. ${String(sheet(page)).padStart(6, '0')}`,
      alignment: 'right',
      margin: [50, 25, 50, 0],
      bold: true,
    }),
    footer: (page, pages) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
    }),
    content: Array.from({ length: copies }, (_, i) => copyContent(json, i === 0)).flat(),
  };
}

/**
 * The paper questionnaire: `copies` copies, each with its own sheet number on every page, so a
 * returned sheet is entered once. The layout of one copy is measured first; every copy has the
 * same number of pages, which maps a page to its sheet.
 */
export async function paperQuestionnaire(
  json: Json,
  copies: number,
  firstSheet: number,
): Promise<Buffer> {
  const pdfmake = configurePdfmake();
  let pagesPerCopy = 1;
  await pdfmake
    .createPdf({
      ...definition(json, 1, () => firstSheet),
      footer: (_page, pages) => {
        pagesPerCopy = pages;
        return '';
      },
    })
    .getBuffer();
  return pdfmake
    .createPdf(
      definition(json, copies, (page) => firstSheet + Math.floor((page - 1) / pagesPerCopy)),
    )
    .getBuffer();
}
