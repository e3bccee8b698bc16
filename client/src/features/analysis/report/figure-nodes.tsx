import {
  REPORT_BREAKDOWNS,
  REPORT_FIGURE_NODES,
  type ReportFigureDisplay,
  type ReportFigureRef,
} from '@pnetz/shared';
import { Node, type Extensions } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { FigureView } from './FigureView';

const DISPLAYS = Object.keys(REPORT_FIGURE_NODES) as ReportFigureDisplay[];

/**
 * The report's figure blocks: a chart and a table node that store only what they show (a
 * question or index, and a breakdown) and draw their numbers from the results.
 */
export function figureNodes(analysisId: string): Extensions {
  return DISPLAYS.map((display) =>
    Node.create({
      name: REPORT_FIGURE_NODES[display],
      group: 'block',
      atom: true,
      selectable: true,
      draggable: false,
      addAttributes() {
        const attribute = (key: keyof ReportFigureRef, fallback: string) => ({
          default: fallback,
          parseHTML: (element: HTMLElement) => element.getAttribute(`data-${key}`) ?? fallback,
          renderHTML: (attributes: Record<string, unknown>) => ({
            [`data-${key}`]: String(attributes[key] ?? fallback),
          }),
        });
        return {
          source: attribute('source', 'question'),
          name: attribute('name', ''),
          breakdown: attribute('breakdown', REPORT_BREAKDOWNS[0]),
        };
      },
      parseHTML() {
        return [{ tag: `figure[data-figure="${display}"]` }];
      },
      renderHTML({ HTMLAttributes }) {
        return ['figure', { ...HTMLAttributes, 'data-figure': display }];
      },
      addNodeView() {
        return ReactNodeViewRenderer(({ node }) => (
          <FigureView node={node} analysisId={analysisId} display={display} />
        ));
      },
    }),
  );
}

/** Inserts a figure block at the cursor. */
export function figureContent(display: ReportFigureDisplay, ref: ReportFigureRef) {
  return { type: REPORT_FIGURE_NODES[display], attrs: { ...ref } };
}
