import {
  PLAN_DOCUMENT,
  REPORT_FIGURE_NODES,
  readFigureRef,
  type Language,
  type ReportFigureDisplay,
  type Results,
} from '@pnetz/shared';
import * as Y from 'yjs';
import { toBlocks, type Block } from '../../../plans/export/blocks';
import { printFigure, type PrintedFigure } from './figures';
import { REPORT_LABELS } from './labels';

/** What both exporters print: the report's text with its figures, then the method appendix. */
export interface ReportInput {
  title: string;
  workspaceName: string;
  exportedOn: string;
  parts: Array<Block | PrintedFigure>;
  appendix: Block[];
}

const DISPLAYS = Object.fromEntries(
  Object.entries(REPORT_FIGURE_NODES).map(([display, node]) => [node, display]),
) as Record<string, ReportFigureDisplay>;

/**
 * The report's text as blocks, its figure blocks drawn from the results (charts and tables
 * numbered apart). A figure whose reference cannot be read is left out, like any unknown node.
 */
export function reportParts(
  doc: Y.Doc,
  results: Results,
  language: Language,
): Array<Block | PrintedFigure> {
  const labels = REPORT_LABELS[language];
  const counters: Record<ReportFigureDisplay, number> = { chart: 0, table: 0 };
  return doc
    .getXmlFragment(PLAN_DOCUMENT.text)
    .toArray()
    .flatMap((node): Array<Block | PrintedFigure> => {
      if (!(node instanceof Y.XmlElement)) return [];
      const display = DISPLAYS[node.nodeName];
      if (!display) return toBlocks(node);
      const ref = readFigureRef(node.getAttributes());
      if (!ref) return [];
      counters[display] += 1;
      return [printFigure(results, ref, display, counters[display], labels, language)];
    });
}
