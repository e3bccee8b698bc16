import {
  AVOID_REASONS,
  PLACES_MIN_RESPONDENTS,
  type PlacesRanking,
  type RankedPlace,
} from '@pnetz/shared';

/** The questionnaire's questions on places avoided (see `questionnaire/template.ts`). */
export const AVOID_QUESTIONS = {
  avoids: 'avoid_places',
  where: 'avoid_places_where',
  why: 'avoid_places_why',
} as const;

/** One response as the ranking reads it; `weight` defaults to 1 (an unweighted count). */
export interface RankingResponse {
  answers: Record<string, unknown>;
  weight?: number;
}

export interface PlaceDefinition {
  id: string;
  name: string;
  terms: readonly string[];
  lat: number | null;
  lon: number | null;
}

/**
 * Lower case, accents dropped, ß as ss, and ae/oe/ue as a/o/u: "Straße" and "STRASSE", or
 * "Unterführung" and "Unterfuehrung" (as typed from a paper sheet), name the same place. Both the
 * answer and the place's words are folded alike, so a folded word still finds itself.
 */
export const fold = (text: string) =>
  text
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([aou])e/g, '$1');

/** Does the free-text answer name the place (its name or one of its words, as part of the text)? */
export function names(text: string, place: Pick<PlaceDefinition, 'name' | 'terms'>): boolean {
  const answer = fold(text);
  return [place.name, ...place.terms].some((term) => {
    const needle = fold(term.trim());
    return needle.length > 0 && answer.includes(needle);
  });
}

const weightOf = (response: RankingResponse) => response.weight ?? 1;

/**
 * Ranks the places residents avoid by weighted share, with the reasons of those who name them.
 *
 * - Base: every respondent who answered whether they avoid places (yes or no).
 * - A place's share: Σ weights of respondents who avoid places and whose free-text answer names
 *   it, over Σ weights of the base. A respondent counts once per place.
 * - A reason's share: among the place's respondents, Σ weights of those who ticked the reason
 *   over Σ weights of the place's respondents (the question asks reasons for all places at once,
 *   so each named place carries the respondent's reasons).
 * - Small groups: a place, or a reason of a place, that fewer than `minimum` respondents
 *   (unweighted) stand behind is left out, and so is everything when the base is that small.
 *
 * Weights plug in per response (`weight`); without them every response counts once.
 */
export function rankPlaces(
  responses: readonly RankingResponse[],
  places: readonly PlaceDefinition[],
  minimum = PLACES_MIN_RESPONDENTS,
): PlacesRanking {
  const answered = responses.filter((response) => {
    const value = response.answers[AVOID_QUESTIONS.avoids];
    return value === 'yes' || value === 'no';
  });
  const weighted = responses.some((response) => response.weight !== undefined);
  const baseWeight = answered.reduce((sum, response) => sum + weightOf(response), 0);
  if (answered.length < minimum || baseWeight <= 0)
    return { base: answered.length, weighted, items: [], suppressedPlaces: places.length };

  const avoiding = answered.filter(
    (response) => response.answers[AVOID_QUESTIONS.avoids] === 'yes',
  );
  const items: RankedPlace[] = [];
  let suppressedPlaces = 0;
  for (const place of places) {
    const naming = avoiding.filter((response) => {
      const text = response.answers[AVOID_QUESTIONS.where];
      return typeof text === 'string' && names(text, place);
    });
    const placeWeight = naming.reduce((sum, response) => sum + weightOf(response), 0);
    if (naming.length < minimum || placeWeight <= 0) {
      suppressedPlaces += 1;
      continue;
    }
    const reasons = AVOID_REASONS.flatMap((reason) => {
      const giving = naming.filter((response) => {
        const why = response.answers[AVOID_QUESTIONS.why];
        return Array.isArray(why) && why.includes(reason);
      });
      if (giving.length < minimum) return [];
      const share = giving.reduce((sum, response) => sum + weightOf(response), 0) / placeWeight;
      return [{ reason, share }];
    }).sort((a, b) => b.share - a.share);
    items.push({
      placeId: place.id,
      name: place.name,
      share: placeWeight / baseWeight,
      respondents: naming.length,
      lat: place.lat,
      lon: place.lon,
      reasons,
    });
  }
  items.sort((a, b) => b.share - a.share || a.name.localeCompare(b.name, 'de'));
  return { base: answered.length, weighted, items, suppressedPlaces };
}
