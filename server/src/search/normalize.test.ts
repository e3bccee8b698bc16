import { createEngine, parseQuery } from './engine';
import { compoundParts, foldGerman, stemGerman } from './normalize';
import { highlightRanges, snippet } from './snippet';

/** The index terms the engine matched in `text` for `query` (empty when it does not match). */
const matchedTerms = (text: string, query: string): Set<string> => {
  const engine = createEngine();
  engine.add({ id: '1', title: '', text });
  const parsed = parseQuery(query);
  return new Set(parsed ? (engine.search(parsed.tree)[0]?.terms ?? []) : []);
};
const matches = (text: string, query: string) => matchedTerms(text, query).size > 0;

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

  it('cuts compounds at the parts the domain word list knows, also inside', () => {
    expect(compoundParts('strassensozialarbeit')).toEqual(
      expect.arrayContaining(['strasse', 'sozial', 'arbeit', 'sozialarbeit']),
    );
    expect(compoundParts('beratung')).not.toContain('rat');
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
    expect(matches('Graffiti und Sachbeschädigung', 'sachbe')).toBe(true);
    expect(matches('Graffiti und Sachbeschädigung', 'graff sachbeschaedigung')).toBe(false);
  });

  it('tolerates a typo in longer words only', () => {
    expect(matches('Illegale Graffiti am Bahnhof', 'Grafiti')).toBe(true);
    expect(matches('Illegale Graffiti am Bahnhof', 'Grfiti')).toBe(false);
    expect(matches('Ein Rat tagt', 'Rad')).toBe(false);
  });

  it('finds a part inside a compound', () => {
    expect(matches('Aufsuchende Straßensozialarbeit', 'Sozialarbeit')).toBe(true);
  });

  it('drops stopwords from queries', () => {
    expect(parseQuery('Graffiti und die Stadt')?.words).toBe(2);
  });
});

describe('snippets', () => {
  it('marks the matching words, whatever their spelling', () => {
    const text =
      'Seit 2020 ersetzen Wandbilder die illegalen Graffiti in der Innenstadt; die Straße ist sauberer.';
    const ranges = highlightRanges(text, matchedTerms(text, 'graffiti strasse'));
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['Graffiti', 'Straße']);
  });

  it('cuts a window around the first match and shifts the highlights with it', () => {
    const text = `${'Vorrede '.repeat(60)}Hier geht es um Graffiti am Bahnhof. ${'Nachwort '.repeat(60)}`;
    const result = snippet(text, matchedTerms(text, 'Graffiti'), 120);
    expect(result.text.startsWith('…')).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(122);
    expect(result.highlights).toHaveLength(1);
    const { start, end } = result.highlights[0]!;
    expect(result.text.slice(start, end)).toBe('Graffiti');
  });
});
