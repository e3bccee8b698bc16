import { PLAN_DOCUMENT } from '@pnetz/shared';
import * as Y from 'yjs';

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'listItem',
  'blockquote',
  'codeBlock',
  'tableCell',
  'tableHeader',
]);

function collect(node: Y.XmlElement | Y.XmlFragment, out: string[]): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Array<{ insert: unknown }>)
        if (typeof op.insert === 'string') out.push(op.insert);
    } else if (child instanceof Y.XmlElement) {
      collect(child, out);
      if (BLOCKS.has(child.nodeName)) out.push('\n');
    }
  }
}

/** The plain text of a plan's or minutes' rich text (PLAN_DOCUMENT.text), one line per block. */
export function documentText(doc: Y.Doc): string {
  const out: string[] = [];
  collect(doc.getXmlFragment(PLAN_DOCUMENT.text), out);
  return out
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
