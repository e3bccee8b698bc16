import { PLAN_DOCUMENT } from '@pnetz/shared';
import * as Y from 'yjs';

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  link?: string;
}

/** A neutral view of the plan's rich text that both exporters render. */
export type Block =
  | { type: 'heading'; level: number; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'table'; rows: Array<{ header: boolean; cells: Block[][] }> }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'rule' };

function inlinesOf(element: Y.XmlElement): Inline[] {
  const inlines: Inline[] = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Array<{
        insert: unknown;
        attributes?: Record<string, unknown>;
      }>) {
        if (typeof op.insert !== 'string') continue;
        const marks = op.attributes ?? {};
        const link = marks.link as { href?: unknown } | undefined;
        inlines.push({
          text: op.insert,
          ...(marks.bold ? { bold: true } : {}),
          ...(marks.italic ? { italic: true } : {}),
          ...(marks.underline ? { underline: true } : {}),
          ...(marks.strike ? { strike: true } : {}),
          ...(typeof link?.href === 'string' && /^https?:\/\//.test(link.href)
            ? { link: link.href }
            : {}),
        });
      }
    } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
      inlines.push({ text: '\n' });
    }
  }
  return inlines;
}

function childBlocks(element: Y.XmlElement | Y.XmlFragment): Block[] {
  return element.toArray().flatMap((node) => (node instanceof Y.XmlElement ? toBlocks(node) : []));
}

/** One element of the rich text as blocks (the report reads its own nodes around it). */
export function toBlocks(node: Y.XmlElement): Block[] {
  switch (node.nodeName) {
    case 'heading': {
      const level = Number(node.getAttribute('level') ?? 1);
      return [
        {
          type: 'heading',
          level: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1,
          inlines: inlinesOf(node),
        },
      ];
    }
    case 'paragraph':
    case 'codeBlock':
      return [{ type: 'paragraph', inlines: inlinesOf(node) }];
    case 'bulletList':
    case 'orderedList':
      return [
        {
          type: 'list',
          ordered: node.nodeName === 'orderedList',
          items: node
            .toArray()
            .flatMap((item) => (item instanceof Y.XmlElement ? [childBlocks(item)] : [])),
        },
      ];
    case 'table':
      return [
        {
          type: 'table',
          rows: node.toArray().flatMap((row) =>
            row instanceof Y.XmlElement
              ? [
                  {
                    header: row
                      .toArray()
                      .some(
                        (cell) => cell instanceof Y.XmlElement && cell.nodeName === 'tableHeader',
                      ),
                    cells: row
                      .toArray()
                      .flatMap((cell) => (cell instanceof Y.XmlElement ? [childBlocks(cell)] : [])),
                  },
                ]
              : [],
          ),
        },
      ];
    case 'blockquote':
      return [{ type: 'quote', blocks: childBlocks(node) }];
    case 'horizontalRule':
      return [{ type: 'rule' }];
    default:
      // Unknown nodes keep their text rather than disappearing from the printout.
      return childBlocks(node);
  }
}

/** The plan's rich text as blocks, read from its Yjs document. */
export function planBlocks(doc: Y.Doc): Block[] {
  return childBlocks(doc.getXmlFragment(PLAN_DOCUMENT.text));
}
