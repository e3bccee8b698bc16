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

/** Drops a linking element (Sicherheit-s-analyse) when what is left is a known word. */
function unlinked(part: string, linking: RegExp): string {
  const stripped = part.replace(linking, '');
  return stripped !== part && KNOWN.has(stripped) ? stripped : part;
}

/** Parts of a closed compound that the domain word list knows (first and last part). */
export function compoundParts(folded: string): string[] {
  if (folded.length < 6) return [];
  const parts = new Set<string>();
  for (const part of COMPOUND_PARTS) {
    if (folded.length - part.length < MIN_PART) continue;
    if (folded.startsWith(part)) {
      parts.add(part);
      parts.add(unlinked(folded.slice(part.length), /^(s|n|en|es)/));
    }
    if (folded.endsWith(part)) {
      parts.add(part);
      parts.add(unlinked(folded.slice(0, -part.length), /(s|n|en|es)$/));
    }
  }
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

/** The index tokens of a text, deduplicated. */
export function tokenize(text: string): string[] {
  const tokens = new Set<string>();
  for (const group of wordGroups(text)) for (const token of groupTokens(group)) tokens.add(token);
  return [...tokens];
}

/** One word (or hyphenated group) of a query. */
export interface QueryTerm {
  /** An entry matches when it has any of these tokens … */
  any: string[];
  /** … or, for a hyphenated group, a token of every part (`Graffiti-Projekte` ↔ "Projekt gegen Graffiti"). */
  parts: string[][];
  /** The last word also matches as a prefix while the user is typing (folded form), else null. */
  prefix: string | null;
}

const exactTokens = (folded: string) => [...new Set([folded, stemGerman(folded)])];

/** Splits a query into terms; stopwords are dropped unless nothing else is left. */
export function parseQuery(query: string): QueryTerm[] {
  const all = wordGroups(query);
  const meaningful = all.filter((group) =>
    group.parts.some((part) => part.length > 0 && !STOPWORDS.has(part)),
  );
  const groups = meaningful.length > 0 ? meaningful : all;
  return groups.map((group, index) => {
    const last = index === groups.length - 1;
    const joined = group.parts.join('');
    const hyphenated = group.parts.length > 1;
    return {
      any: exactTokens(joined),
      parts: hyphenated ? group.parts.filter((part) => part.length > 0).map(exactTokens) : [],
      // Very short prefixes would match nearly everything.
      prefix: last && joined.length >= 2 ? joined : null,
    };
  });
}

export type TermMatch = 'exact' | 'prefix' | null;

/** How a set of tokens matches a query term: exactly (word, stem, part), by prefix, or not. */
export function matchTerm(tokens: ReadonlySet<string>, term: QueryTerm): TermMatch {
  if (term.any.some((token) => tokens.has(token))) return 'exact';
  if (
    term.parts.length > 0 &&
    term.parts.every((options) => options.some((token) => tokens.has(token)))
  )
    return 'exact';
  if (term.prefix) {
    for (const token of tokens) if (token.startsWith(term.prefix)) return 'prefix';
  }
  return null;
}
