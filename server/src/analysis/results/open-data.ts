import type { Language, ResultCell, Results } from '@pnetz/shared';
import { toCsv } from '../../files/csv';
import { questionsOf, type Json } from '../questionnaire/survey-json';
import { labelOf, optionsOf } from './compute';
import type { StoredResponse } from './responses';
import type { WeightingRunRecord } from './weighting.model';

type Cell = string | number | null;

const FREE_TEXT = new Set(['text', 'comment']);

/** The raw CSV's columns: the fixed ones, then one per question (one per choice for checkboxes). */
interface Column {
  name: string;
  question: string;
  type: string;
  text: { de: string; en: string };
  codes: Array<{ code: string; label: { de: string; en: string } }>;
  value(response: StoredResponse, weight: number | undefined): Cell;
}

const META: Array<Omit<Column, 'codes'> & { codes?: Column['codes'] }> = [
  {
    name: 'response_id',
    question: '',
    type: 'id',
    text: { de: 'Zufällige Kennung der Antwort', en: 'Random id of the response' },
    value: (r) => r._id,
  },
  {
    name: 'questionnaire_version',
    question: '',
    type: 'number',
    text: { de: 'Beantwortete Fassung des Fragebogens', en: 'Questionnaire version answered' },
    value: (r) => r.questionnaireVersion,
  },
  {
    name: 'channel',
    question: '',
    type: 'code',
    text: { de: 'Rücklaufweg', en: 'Channel' },
    codes: [
      { code: 'online', label: { de: 'online', en: 'online' } },
      { code: 'paper', label: { de: 'Papier', en: 'paper' } },
    ],
    value: (r) => r.channel,
  },
  {
    name: 'weight',
    question: '',
    type: 'number',
    text: {
      de: 'Gewicht des Gewichtungslaufs (Raking auf Ortsteil, Altersgruppe, Geschlecht); leer: ohne Gewicht',
      en: 'Weight of the weighting run (raked to district, age group, sex); empty: no weight',
    },
    value: (_r, weight) => weight ?? null,
  },
];

const valueText = (value: unknown): Cell =>
  typeof value === 'number' ? value : value === undefined || value === null ? null : String(value);

/** The columns of the raw CSV; free-text questions only when reviewed. */
export function rawColumns(json: Json, reviewed: ReadonlySet<string>): Column[] {
  const columns: Column[] = META.map((meta) => ({ codes: [], ...meta }));
  for (const question of questionsOf(json)) {
    const text = labelOf(question.json.title, question.name);
    if (FREE_TEXT.has(question.type)) {
      if (!reviewed.has(question.name)) continue;
      columns.push({
        name: question.name,
        question: question.name,
        type: 'text',
        text,
        codes: [],
        value: (r) => valueText(r.answers[question.name]),
      });
      continue;
    }
    const options = optionsOf(question.json);
    if (question.type === 'checkbox') {
      for (const option of options)
        columns.push({
          name: `${question.name}__${option.code}`,
          question: question.name,
          type: 'multiple',
          text: { de: `${text.de}: ${option.label.de}`, en: `${text.en}: ${option.label.en}` },
          codes: [
            { code: '1', label: { de: 'angekreuzt', en: 'ticked' } },
            { code: '0', label: { de: 'nicht angekreuzt', en: 'not ticked' } },
          ],
          value: (r) => {
            const answer = r.answers[question.name];
            if (!Array.isArray(answer) || answer.length === 0) return null;
            return answer.some((a) => String(a) === option.code) ? 1 : 0;
          },
        });
      continue;
    }
    columns.push({
      name: question.name,
      question: question.name,
      type: question.type,
      text,
      codes: options.map(({ code, label }) => ({ code, label })),
      value: (r) => valueText(r.answers[question.name]),
    });
  }
  return columns;
}

const weightsOf = (run: Pick<WeightingRunRecord, 'responseIds' | 'weights'> | null) =>
  new Map(run?.responseIds.map((id, i) => [id, run.weights[i]!]) ?? []);

/** One row per response, one column per question, with the newest run's weight. */
export function responsesCsv(
  json: Json,
  responses: readonly StoredResponse[],
  run: Pick<WeightingRunRecord, 'responseIds' | 'weights'> | null,
  reviewed: ReadonlySet<string>,
  language: Language,
): Buffer {
  const columns = rawColumns(json, reviewed);
  const weights = weightsOf(run);
  return toCsv(
    columns.map((c) => c.name),
    responses.map((response) => columns.map((c) => c.value(response, weights.get(response._id)))),
    { decimalComma: language === 'de' },
  );
}

/** Question, answer codes and labels in German and English for every column of the raw CSV. */
export function codebookCsv(json: Json, reviewed: ReadonlySet<string>): Buffer {
  const rows: Cell[][] = [];
  for (const column of rawColumns(json, reviewed)) {
    const head = [column.name, column.question, column.type, column.text.de, column.text.en];
    if (column.codes.length === 0) rows.push([...head, null, null, null]);
    for (const { code, label } of column.codes) rows.push([...head, code, label.de, label.en]);
  }
  return toCsv(
    ['column', 'question', 'type', 'text_de', 'text_en', 'code', 'label_de', 'label_en'],
    rows,
    { decimalComma: false },
  );
}

const TABLE_HEADER: Record<Language, string[]> = {
  de: ['Frage', 'Text', 'Aufgliederung', 'Gruppe', 'Antwort', 'Wert', 'KI unten', 'KI oben', 'n'],
  en: ['Question', 'Text', 'Breakdown', 'Group', 'Answer', 'Value', 'CI low', 'CI high', 'n'],
};
const SUPPRESSED = '–';
const percent = (share: number) => Math.round(share * 1000) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The results as a table: shares in percent with their interval, means to two places; every
 * suppressed cell reads "–" and carries no number.
 */
export function resultsTableCsv(results: Results, language: Language): Buffer {
  const rows: Cell[][] = [];
  const emit = (
    name: string,
    title: string,
    breakdown: string,
    group: string,
    cell: ResultCell,
  ) => {
    const head = [name, title, breakdown, group];
    if (cell.suppressed) {
      rows.push([...head, null, SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED]);
      return;
    }
    for (const option of cell.options)
      rows.push([
        ...head,
        option.label[language],
        percent(option.share),
        percent(option.interval.low),
        percent(option.interval.high),
        cell.n,
      ]);
    if (cell.mean)
      rows.push([
        ...head,
        language === 'de' ? 'Mittelwert' : 'Mean',
        round2(cell.mean.mean),
        round2(cell.mean.interval.low),
        round2(cell.mean.interval.high),
        cell.n,
      ]);
  };
  const all = language === 'de' ? 'gesamt' : 'total';
  const items = [
    ...results.questions.map((q) => ({ ...q, label: q.title[language] })),
    ...results.indices.map((index) => ({
      ...index,
      name: `index:${index.scale}`,
      label: index.scale,
    })),
  ];
  for (const item of items) {
    emit(item.name, item.label, all, all, item.overall);
    for (const breakdown of item.breakdowns)
      for (const group of breakdown.groups)
        emit(item.name, item.label, breakdown.variable, group.category, group.cell);
  }
  return toCsv(TABLE_HEADER[language], rows, { decimalComma: language === 'de' });
}
