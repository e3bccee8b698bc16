import {
  compoundParts,
  foldGerman,
  matchTerm,
  parseQuery,
  stemGerman,
  tokenize,
} from './normalize';
import { highlightRanges, snippet } from './snippet';

const matches = (text: string, query: string) => {
  const tokens = new Set(tokenize(text));
  return parseQuery(query).every((term) => matchTerm(tokens, term) !== null);
};

describe('German normalisation', () => {
  it('folds case, umlauts, ß and accents into one spelling', () => {
    expect(foldGerman('Müll')).toBe('muell');
    expect(foldGerman('MÜLL')).toBe(foldGerman('Muell'));
    expect(foldGerman('Straße')).toBe('strasse');
    expect(foldGerman('Café')).toBe('cafe');
  });

  it('stems umlaut and two-letter spellings alike', () => {
    expect(stemGerman(foldGerman('Präventionsräte'))).toBe(
      stemGerman(foldGerman('Praeventionsrat')),
    );
    expect(stemGerman('projekte')).toBe(stemGerman('projekten'));
  });

  it('splits compounds the domain word list knows', () => {
    expect(compoundParts('graffitiprojekt')).toEqual(
      expect.arrayContaining(['graffiti', 'projekt']),
    );
    expect(compoundParts('sicherheitsanalyse')).toEqual(
      expect.arrayContaining(['sicherheit', 'analyse']),
    );
  });
});

describe('matching queries against text', () => {
  it.each([
    ['Vermüllung öffentlicher Plätze', 'vermuellung'],
    ['Vermuellung am Markt', 'Vermüllung'],
    ['Die Straße am Bahnhof', 'strasse'],
    ['Graffitiprojekt in der Innenstadt', 'Graffiti-Projekte'],
    ['Ein Graffiti-Projekt mit Jugendlichen', 'Graffitiprojekt'],
    ['Projekt gegen illegale Graffiti', 'Graffiti-Projekte'],
    ['Graffitiprojekt', 'projekte'],
    ['Präventionsrat Glauchau', 'Präv'],
    ['Sicherheitsanalyse', 'Analysen'],
  ])('%s ← %s', (text, query) => {
    expect(matches(text, query)).toBe(true);
  });

  it.each([
    ['Vermüllung öffentlicher Plätze', 'Graffiti'],
    ['Gewalt an Schulen', 'Graffiti-Projekte'],
    ['Müll', 'Mülltonne Straße'],
  ])('%s ✗ %s', (text, query) => {
    expect(matches(text, query)).toBe(false);
  });

  it('matches only the last word by prefix, as the user types', () => {
    expect(parseQuery('graff sach').map((term) => term.prefix)).toEqual([null, 'sach']);
    expect(matches('Graffiti und Sachbeschädigung', 'sachbe')).toBe(true);
    expect(matches('Graffiti und Sachbeschädigung', 'graff sachbeschaedigung')).toBe(false);
  });

  it('drops stopwords from queries', () => {
    expect(parseQuery('Graffiti und die Stadt')).toHaveLength(2);
  });
});

describe('snippets', () => {
  it('marks the matching words, whatever their spelling', () => {
    const text =
      'Seit 2020 ersetzen Wandbilder die illegalen Graffiti in der Innenstadt; die Straße ist sauberer.';
    const ranges = highlightRanges(text, parseQuery('graffiti strasse'));
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['Graffiti', 'Straße']);
  });

  it('cuts a window around the first match and shifts the highlights with it', () => {
    const text = `${'Vorrede '.repeat(60)}Hier geht es um Graffiti am Bahnhof. ${'Nachwort '.repeat(60)}`;
    const result = snippet(text, parseQuery('Graffiti'), 120);
    expect(result.text.startsWith('…')).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(122);
    expect(result.highlights).toHaveLength(1);
    const { start, end } = result.highlights[0]!;
    expect(result.text.slice(start, end)).toBe('Graffiti');
  });
});
