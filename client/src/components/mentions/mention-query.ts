/** Someone who may be mentioned in a text: a person who may read it. */
export interface Mentionable {
  id: string;
  name: string;
  /** Organisation or role, shown to tell people of the same name apart. */
  detail?: string | null;
}

/** The `@…` being typed right before the caret: where the `@` is and what follows it. */
export interface ActiveMention {
  start: number;
  query: string;
}

const fold = (text: string) =>
  text
    .toLocaleLowerCase('de')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss');

/**
 * The mention being typed: an `@` at the start or after a space, followed by at most three
 * words up to the caret (names have spaces: "@Sabine Hof").
 */
export function activeMention(text: string, caret: number): ActiveMention | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\p{L}\p{N}'.-]*(?: [\p{L}\p{N}'.-]*){0,2})$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** The people whose name (any of its words) starts with what was typed; at most `limit`. */
export function suggestions(
  people: readonly Mentionable[],
  query: string,
  limit = 8,
): Mentionable[] {
  const wanted = fold(query.trim());
  const found = people.filter((person) => {
    const name = fold(person.name);
    return (
      wanted === '' ||
      name.startsWith(wanted) ||
      name.split(/\s+/).some((word) => word.startsWith(wanted))
    );
  });
  return found.slice(0, limit);
}

/** The text with the typed `@query` replaced by the chosen name, and where the caret goes. */
export function insertMention(
  text: string,
  active: ActiveMention,
  caret: number,
  person: Mentionable,
): { text: string; caret: number } {
  const inserted = `@${person.name} `;
  const after = text.slice(caret).replace(/^ /, '');
  return {
    text: `${text.slice(0, active.start)}${inserted}${after}`,
    caret: active.start + inserted.length,
  };
}
