import type { Extensions } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';

/**
 * The plan text's schema, the same for the live editor and for viewing old versions. Node names
 * (paragraph, heading, bulletList, listItem, table, …) are what the Yjs document stores and what
 * the server's export reads. Headings start at level 2: the page title is the only h1.
 */
export function planTextExtensions(): Extensions {
  return [
    StarterKit.configure({
      // Undo and redo come from the collaboration extension: only one's own changes are undone.
      undoRedo: false,
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}

/**
 * A link address the user typed, made safe: web and mail addresses only, `https://` added when
 * the scheme is missing. Anything else (e.g. `javascript:`) gives null.
 */
export function normaliseLink(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return null;
    if (url.protocol !== 'mailto:' && !url.hostname.includes('.')) return null;
    return url.href;
  } catch {
    return null;
  }
}
