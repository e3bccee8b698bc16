import type { HighlightedText, TextRange } from '@pnetz/shared';
import { groupTokens, wordGroups } from './normalize';

/**
 * Ranges of the words in `text` that gave one of the matched index terms (as the engine reports
 * them for a result: exact, stem, compound part, prefix or typo-tolerant match).
 */
export function highlightRanges(text: string, matched: ReadonlySet<string>): TextRange[] {
  const ranges: TextRange[] = [];
  for (const group of wordGroups(text)) {
    if (groupTokens(group).some((token) => matched.has(token)))
      ranges.push({ start: group.start, end: group.end });
  }
  return ranges;
}

/** The whole text (a title) with its matches marked. */
export function highlightAll(text: string, matched: ReadonlySet<string>): HighlightedText {
  return { text, highlights: highlightRanges(text, matched) };
}

const ELLIPSIS = '…';

/**
 * A window of about `length` characters around the first match (or the beginning), cut at word
 * boundaries, with the matches inside it marked. The client renders the ranges as `<mark>`
 * around text nodes, never as HTML.
 */
export function snippet(text: string, matched: ReadonlySet<string>, length = 180): HighlightedText {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = highlightRanges(flat, matched);
  if (flat.length <= length) return { text: flat, highlights: ranges };
  const first = ranges[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < flat.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${flat.slice(start, end)}${suffix}`,
    highlights: ranges
      .filter((range) => range.start >= start && range.end <= end)
      .map((range) => ({ start: range.start + shift, end: range.end + shift })),
  };
}
