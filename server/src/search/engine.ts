import MiniSearch, { type Query, type SearchResult as MiniResult } from 'minisearch';
import { indexTerms, isStopword, stemGerman, wordGroups } from './normalize';

/**
 * The search engine: MiniSearch (BM25 ranking, prefix and fuzzy matching on a radix tree) over
 * the German tokens of `normalize.ts`. Indexed text is split into words, folded, stemmed and
 * decompounded by our tokenizer; queries are turned into a query tree here, so both sides meet
 * in one token space and MiniSearch does the matching and ranking.
 */

/** What the engine indexes of one item. `title` is empty when the title only names a container. */
interface EngineDocument {
  id: string;
  title: string;
  text: string;
}

/** Title matches weigh three times as much as matches in the text. */
const BOOST = { title: 3 };

/** A fresh, empty index with the shared tokenizer. */
export function createEngine(): MiniSearch<EngineDocument> {
  return new MiniSearch<EngineDocument>({
    fields: ['title', 'text'],
    storeFields: [],
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
    // Query leaves are single, already normalised terms (see `parseQuery`).
    searchOptions: {
      tokenize: (term) => [term],
      processTerm: (term) => term,
      boost: BOOST,
      // No length normalisation (b = 0): entries are records, not passages. A one-line update and
      // a long project description that both name "Graffiti" are equally about it; equal matches
      // are then ordered by date. Term frequency still saturates (k).
      bm25: { k: 1.2, b: 0, d: 0.5 },
    },
  });
}

/**
 * Typo tolerance by word length: one edit from five letters on ("Grafiti" → "graffiti"), two
 * from ten; shorter words must be spelled right, or nearly everything would match.
 */
function fuzziness(term: string): number | false {
  if (term.length >= 10) return 2;
  if (term.length >= 5) return 1;
  return false;
}

/** A parsed query: the tree MiniSearch runs, or null when nothing searchable is left. */
export interface ParsedQuery {
  tree: Query;
  /** The number of words every result must match. */
  words: number;
}

const variants = (folded: string) => [...new Set([folded, stemGerman(folded)])];

/** One alternative term: exact, within `fuzziness`, and by prefix for the word being typed. */
const leaf = (term: string, prefix: boolean): Query => ({
  queries: [term],
  fuzzy: fuzziness(term),
  prefix,
});

/**
 * Turns what the user typed into a query tree: every word must match (AND); a word matches by
 * itself or its stem, with typos tolerated; a hyphenated group also matches when each of its
 * parts does (`Graffiti-Projekte` ↔ "Projekt gegen Graffiti"); the last word also matches as a
 * prefix while the user types. Stopwords are dropped unless nothing else is left.
 */
export function parseQuery(input: string): ParsedQuery | null {
  const all = wordGroups(input);
  const meaningful = all.filter((group) =>
    group.parts.some((part) => part.length > 0 && !isStopword(part)),
  );
  const groups = meaningful.length > 0 ? meaningful : all;
  if (groups.length === 0) return null;
  const words = groups.map((group, index): Query => {
    const typing = index === groups.length - 1 && group.parts.join('').length >= 2;
    const joined = group.parts.join('');
    const alternatives: Query[] = variants(joined).map((term) => leaf(term, typing));
    if (group.parts.length > 1)
      alternatives.push({
        combineWith: 'AND',
        queries: group.parts
          .filter((part) => part.length > 0)
          .map((part): Query => ({
            combineWith: 'OR',
            queries: variants(part).map((t) => leaf(t, false)),
          })),
      });
    return { combineWith: 'OR', queries: alternatives };
  });
  return { tree: { combineWith: 'AND', queries: words }, words: words.length };
}

export type EngineResult = MiniResult;
