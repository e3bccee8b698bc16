import { AGE_GROUPS, type AgeGroup, type RegisterSex, type StratumCount } from '@pnetz/shared';
import { questionnaireTemplate } from '../questionnaire/template';
import { allocate } from '../sampling';

/**
 * A synthetic municipality with known true shares, and a postal survey of it in which older
 * residents answer more often (as they do): the test bed for weighting. Everything follows from
 * the seed, so a test can rely on the same respondents every run.
 */

/** Residents per district; Hof is tiny, so its cells fall under the minimum of 10. */
export const SYNTHETIC_DISTRICTS: Readonly<Record<string, number>> = {
  Nord: 1800,
  Süd: 1400,
  Zentrum: 1600,
  Hof: 80,
};
const AGE_SHARE = [0.12, 0.15, 0.15, 0.16, 0.17, 0.13, 0.12];
/** Older residents return the questionnaire far more often. */
const RETURN_RATE = [0.2, 0.24, 0.32, 0.4, 0.48, 0.56, 0.6];
const SEXES: RegisterSex[] = ['w', 'm'];

/** Probability of feeling (fairly or very) unsafe alone at night, by age group index. */
const unsafeAt = (age: number) => 0.12 + 0.08 * age;
/** Probability of avoiding places, by age group index. */
const avoidsAt = (age: number) => 0.15 + 0.06 * age;

/** mulberry32: a small seeded generator. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticSurvey {
  margins: StratumCount[];
  strata: Array<StratumCount & { population: number }>;
  letters: number;
  responses: Array<{
    answers: Record<string, unknown>;
    stratum: { district: string; ageGroup: AgeGroup; sex: RegisterSex };
  }>;
  /** True population shares of the headline answers. */
  truth: { unsafeNight: number; avoidPlaces: number };
}

const clamp = (x: number) => Math.min(4, Math.max(1, x));

function answersOf(
  random: () => number,
  stratum: { district: string; ageGroup: AgeGroup; sex: RegisterSex },
  age: number,
) {
  const unsafe = random() < unsafeAt(age);
  const answers: Record<string, unknown> = {
    safe_night_area: unsafe ? (random() < 0.6 ? 3 : 4) : random() < 0.4 ? 1 : 2,
    safe_day_area: unsafe ? (random() < 0.5 ? 2 : 3) : 1,
    avoid_places: random() < avoidsAt(age) ? 'yes' : 'no',
    ageGroup: stratum.ageGroup,
    sex: stratum.sex,
    district: stratum.district,
  };
  // Batteries: a level per person, items around it; the reversed item is stored the other way.
  const trust = 1 + Math.floor(random() * 4);
  for (const [name, reverse] of [
    ['police_visible', false],
    ['police_reliable', false],
    ['police_fair', false],
    ['police_indifferent', true],
  ] as const) {
    if (random() < 0.03) continue;
    const x = clamp(trust + Math.floor(random() * 3) - 1);
    answers[name] = reverse ? 5 - x : x;
  }
  const cohesion = 1 + Math.floor(random() * 4);
  for (const [name, reverse] of [
    ['neighbours_help', false],
    ['neighbours_trust', false],
    ['neighbours_know', false],
    ['neighbours_distant', true],
  ] as const) {
    const x = clamp(cohesion + Math.floor(random() * 3) - 1);
    answers[name] = reverse ? 5 - x : x;
  }
  const wishes = ['police', 'lighting', 'cleaning', 'youth'].filter(() => random() < 0.35);
  if (wishes.length > 0) answers.wish_measures = wishes;
  if (random() < 0.2) answers.wish_comment = 'Mehr Licht am Bahnhof, bitte.';
  return answers;
}

/** The synthetic register, a proportional sample of `letters`, and who answered with what. */
export function syntheticSurvey(
  seed = 2035,
  letters = 1000,
  districts: Readonly<Record<string, number>> = SYNTHETIC_DISTRICTS,
): SyntheticSurvey {
  const random = generator(seed);
  const margins: StratumCount[] = [];
  for (const [district, residents] of Object.entries(districts))
    AGE_GROUPS.forEach((ageGroup, age) => {
      for (const sex of SEXES)
        margins.push({
          district,
          ageGroup,
          sex,
          count: Math.max(1, Math.round((residents * AGE_SHARE[age]!) / 2)),
        });
    });
  const drawn = allocate(
    letters,
    margins.map((m) => m.count),
    'proportional',
  );
  const strata = margins.map((m, i) => ({ ...m, population: m.count, count: drawn[i]! }));
  const responses: SyntheticSurvey['responses'] = [];
  strata.forEach((stratum) => {
    const age = AGE_GROUPS.indexOf(stratum.ageGroup);
    for (let person = 0; person < stratum.count; person += 1) {
      if (random() >= RETURN_RATE[age]!) continue;
      const who = { district: stratum.district, ageGroup: stratum.ageGroup, sex: stratum.sex };
      responses.push({ answers: answersOf(random, who, age), stratum: who });
    }
  });
  const total = margins.reduce((sum, m) => sum + m.count, 0);
  const expected = (p: (age: number) => number) =>
    margins.reduce((sum, m) => sum + m.count * p(AGE_GROUPS.indexOf(m.ageGroup)), 0) / total;
  return {
    margins,
    strata,
    letters,
    responses,
    truth: { unsafeNight: expected(unsafeAt), avoidPlaces: expected(avoidsAt) },
  };
}

/** The standard questionnaire with the synthetic districts as the district question's choices. */
export function syntheticQuestionnaire(
  districts: Readonly<Record<string, number>> = SYNTHETIC_DISTRICTS,
): Record<string, unknown> {
  const json = questionnaireTemplate() as {
    pages: Array<{ elements: Array<Record<string, unknown>> }>;
  };
  for (const page of json.pages)
    for (const element of page.elements)
      if (element.name === 'district')
        element.choices = Object.keys(districts).map((value) => ({
          value,
          text: { default: value, en: value },
        }));
  return json;
}
