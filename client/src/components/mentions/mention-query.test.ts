import { describe, expect, it } from 'vitest';
import { activeMention, insertMention, suggestions } from './mention-query';

const people = [
  { id: '1', name: 'Katrin Hoffmann' },
  { id: '2', name: 'Jens Richter' },
  { id: '3', name: 'Jürgen Hofer' },
  { id: '4', name: 'Ulrike Hartmann' },
];

describe('the mention being typed', () => {
  it('starts at an @ at the beginning or after a space, up to the caret', () => {
    expect(activeMention('@Hof', 4)).toEqual({ start: 0, query: 'Hof' });
    expect(activeMention('Frage an @Katrin Hof', 20)).toEqual({
      start: 9,
      query: 'Katrin Hof',
    });
    expect(activeMention('mail@example', 12)).toBeNull();
    expect(activeMention('@Hof und dann noch mehr', 23)).toBeNull();
  });
});

describe('suggestions', () => {
  it('offers people whose name or any of its words starts with what was typed', () => {
    expect(suggestions(people, 'hof').map((p) => p.name)).toEqual([
      'Katrin Hoffmann',
      'Jürgen Hofer',
    ]);
    expect(suggestions(people, 'jurg').map((p) => p.name)).toEqual(['Jürgen Hofer']);
    expect(suggestions(people, 'Katrin Hof').map((p) => p.name)).toEqual(['Katrin Hoffmann']);
    expect(suggestions(people, '')).toHaveLength(4);
    expect(suggestions(people, '', 2)).toHaveLength(2);
  });
});

describe('taking a suggestion', () => {
  it('replaces the typed @… by the whole name and puts the caret after it', () => {
    const text = 'Frage an @Hof – danke';
    const result = insertMention(text, { start: 9, query: 'Hof' }, 13, people[0]!);
    expect(result.text).toBe('Frage an @Katrin Hoffmann – danke');
    expect(result.caret).toBe('Frage an @Katrin Hoffmann '.length);
  });
});
