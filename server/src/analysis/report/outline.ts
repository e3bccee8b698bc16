import { PLAN_DOCUMENT } from '@pnetz/shared';
import * as Y from 'yjs';

/** Origin of the outline the server writes into a new report; stored and sent like any edit. */
export const REPORT_OUTLINE_ORIGIN = 'analysis:report-outline';

/**
 * The default outline of a report, in the order councils present an analysis: why and what was
 * asked, how, what came out, the places residents avoid, and what the team recommends.
 */
export const REPORT_OUTLINE: ReadonlyArray<{ heading: string; hint: string }> = [
  {
    heading: 'Einleitung',
    hint: 'Anlass der Sicherheitsanalyse, beteiligte Partner und Fragestellung.',
  },
  {
    heading: 'Methode',
    hint: 'Stichprobe, Befragung und Gewichtung; die Einzelheiten stehen im Methodenanhang.',
  },
  {
    heading: 'Ergebnisse',
    hint: 'Die wichtigsten Befunde mit Diagrammen und Tabellen aus den gewichteten Ergebnissen.',
  },
  {
    heading: 'Angsträume',
    hint: 'Orte, die Bewohnerinnen und Bewohner meiden, und die genannten Gründe.',
  },
  {
    heading: 'Empfehlungen',
    hint: 'Empfehlungen des Analyseteams an den Präventionsrat.',
  },
];

function textElement(name: string, text: string, attributes: Record<string, number> = {}) {
  const element = new Y.XmlElement(name);
  // y-prosemirror keeps node attributes as they are (a heading's level is a number).
  for (const [key, value] of Object.entries(attributes))
    element.setAttribute(key, value as unknown as string);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** Writes the outline into an empty report document; a document with text keeps it. */
export function writeOutline(doc: Y.Doc): void {
  const text = doc.getXmlFragment(PLAN_DOCUMENT.text);
  if (text.length > 0) return;
  Y.transact(
    doc,
    () => {
      text.insert(
        0,
        REPORT_OUTLINE.flatMap(({ heading, hint }) => [
          textElement('heading', heading, { level: 2 }),
          textElement('paragraph', hint),
        ]),
      );
    },
    REPORT_OUTLINE_ORIGIN,
  );
}
