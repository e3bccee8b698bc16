import type { HighlightedText } from '@pnetz/shared';
import { Fragment } from 'react';

/**
 * Text with its matches in `<mark>`. The ranges come from the server; the text is rendered as
 * text nodes, never as HTML, so nothing in a post or report can inject markup.
 */
export function Highlighted({ value }: { value: HighlightedText }) {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const { start: from, end: to } of [...value.highlights].sort((a, b) => a.start - b.start)) {
    if (from < at || to > value.text.length) continue;
    if (from > at) parts.push({ text: value.text.slice(at, from), mark: false });
    parts.push({ text: value.text.slice(from, to), mark: true });
    at = to;
  }
  if (at < value.text.length) parts.push({ text: value.text.slice(at), mark: false });
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{part.mark ? <mark>{part.text}</mark> : part.text}</Fragment>
      ))}
    </>
  );
}
