import { stemmer } from '@orama/stemmers/german';
import { COMPOUND_PARTS } from './lexicon';

/**
 * German-aware text normalisation for the search index. Everything here is pure and runs the
 * same for indexed text and for queries, so both sides meet in one token space:
 *
 * - case and spelling variants fold together: `Müll`, `MÜLL` and `Muell` → `muell`, `ß` → `ss`,
 *   other diacritics are dropped (`Café` → `cafe`);
 * - words are also indexed by their stem (Snowball German: `Projekte` → `projekt`);
 * - hyphenated compounds are indexed joined and by part (`Graffiti-Projekte` → `graffitiprojekt`,
 *   `graffiti`, `projekt`), and closed compounds by the parts the domain word list knows
 *   (`Graffitiprojekt` → `graffiti`, `projekt`).
 */

/** Lower-cases and folds umlauts and ß into their two-letter spellings; strips other accents. */
export function foldGerman(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/**
 * The stem of a folded word. The Snowball stemmer expects umlauts, so the two-letter spellings
 * are turned back first (as Snowball's "german2" variant does; not `ue` after `q`).
 */
export function stemGerman(folded: string): string {
  if (folded.length < 4 || /^\d+$/.test(folded)) return folded;
  const umlauts = folded
    .replace(/ae/g, 'ä')
    .replace(/oe/g, 'ö')
    .replace(/(?<!q)ue/g, 'ü');
  return stemmer(umlauts);
}

/** Words too common to carry meaning; dropped from the index and from queries. */
const STOPWORDS = new Set(
  'aber als am an auch auf aus bei bis das dass dem den der des die ein eine einem einen einer es fuer im in ist mit nach nicht noch oder sich sie sind so um und von vor war wie wir zu zum zur the and of for'.split(
    ' ',
  ),
);

export interface WordGroup {
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
  /** The folded parts of a hyphenated group (one part for a plain word). */
  parts: string[];
}

const WORD_GROUP = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The words of a text with their positions; hyphenated groups stay together. */
export function wordGroups(text: string): WordGroup[] {
  const groups: WordGroup[] = [];
  for (const match of text.matchAll(WORD_GROUP)) {
    const start = match.index;
    groups.push({
      start,
      end: start + match[0].length,
      parts: match[0].split('-').map(foldGerman),
    });
  }
  return groups;
}

const MIN_PART = 3;
const KNOWN = new Set(COMPOUND_PARTS);
/** Linking elements (Fugenelemente) that may follow a part: Sicherheit-s-analyse, Straße-n-bau. */
const LINKS = ['', 's', 'n', 'en', 'es', 'e'] as const;

/** Where a known part starting at `at` may be followed by the next part (after a linking element). */
function nextStarts(word: string, at: number): Array<{ part: string; next: number }> {
  const found: Array<{ part: string; next: number }> = [];
  for (const part of COMPOUND_PARTS) {
    if (!word.startsWith(part, at)) continue;
    const end = at + part.length;
    for (const link of LINKS)
      if (word.startsWith(link, end)) found.push({ part, next: end + link.length });
  }
  return found;
}

/** Drops a linking element at the end of a head (Sicherheit-s) when what is left is a known word. */
function unlinked(head: string): string {
  for (const link of LINKS) {
    if (!link || !head.endsWith(link)) continue;
    const stripped = head.slice(0, -link.length);
    if (KNOWN.has(stripped)) return stripped;
  }
  return head;
}

/**
 * Parts of a closed compound, found by segmenting it into the domain word list's parts (with
 * linking elements) from the front and from the back, as dictionary decompounders do. Returns the
 * known parts and every tail and head at a part boundary, so `strassensozialarbeit` yields
 * `strasse`, `sozial`, `arbeit`, `sozialarbeit` (and a search for "Sozialarbeit" finds the
 * "Straßensozialarbeit"). Parts are only cut at boundaries the segmentation reaches, so "Rat"
 * is not found inside "Beratung".
 */
export function compoundParts(folded: string): string[] {
  const n = folded.length;
  if (n < 6) return [];
  const parts = new Set<string>();
  // From the front: positions reached by a chain of known parts starting at 0.
  const front = new Set([0]);
  for (let at = 0; at < n; at++) {
    if (!front.has(at)) continue;
    for (const { part, next } of nextStarts(folded, at)) {
      if (part.length === n) continue;
      parts.add(part);
      front.add(next);
      if (next < n && nextStarts(folded, next).length > 0) parts.add(folded.slice(next));
    }
  }
  // From the back: positions from which a chain of known parts reaches the end.
  const back = new Set([n]);
  for (let at = n - 1; at > 0; at--) {
    const chained = nextStarts(folded, at).filter(({ next }) => back.has(next));
    if (chained.length === 0) continue;
    back.add(at);
    for (const { part } of chained) parts.add(part);
    parts.add(folded.slice(at));
    parts.add(unlinked(folded.slice(0, at)));
  }
  parts.delete(folded);
  return [...parts].filter((part) => part.length >= MIN_PART);
}

/** Every token one folded word contributes: itself, its stem, and its known parts and their stems. */
export function wordTokens(folded: string): string[] {
  if (folded.length < 2 || STOPWORDS.has(folded)) return [];
  const tokens = new Set([folded, stemGerman(folded)]);
  for (const part of compoundParts(folded)) {
    tokens.add(part);
    tokens.add(stemGerman(part));
  }
  return [...tokens];
}

/** Tokens of one word group: each part, and for hyphenated groups also the joined form. */
export function groupTokens(group: WordGroup): string[] {
  const tokens = new Set<string>();
  for (const part of group.parts) for (const token of wordTokens(part)) tokens.add(token);
  if (group.parts.length > 1)
    for (const token of wordTokens(group.parts.join(''))) tokens.add(token);
  return [...tokens];
}

/** The index terms of a text in reading order, each word's tokens once (so frequencies count). */
export function indexTerms(text: string): string[] {
  return wordGroups(text).flatMap(groupTokens);
}

/** Whether a folded word is too common to search for. */
export const isStopword = (folded: string) => STOPWORDS.has(folded);

/** The index tokens of a text, deduplicated. */
export function tokenize(text: string): string[] {
  const tokens = new Set<string>();
  for (const group of wordGroups(text)) for (const token of groupTokens(group)) tokens.add(token);
  return [...tokens];
}
