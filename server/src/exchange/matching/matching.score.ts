import { sizeClassOf, SIZE_CLASSES, type FieldOfAction, type MatchReason } from '@pnetz/shared';

/** What matching knows about a council: facts and what it visibly works on. */
export interface CouncilProfile {
  id: string;
  name: string;
  municipality: string;
  district: string;
  population: number | null;
  /** Handlungsfelder of its content the viewer may see (plans, measures, projects, reports …). */
  fields: ReadonlySet<FieldOfAction>;
  /** Published experience reports per Handlungsfeld. */
  reportFields: ReadonlyMap<FieldOfAction, number>;
  lastActivity: Date | null;
  coords: { lat: number; lon: number } | null;
}

export interface Scored {
  score: number;
  reasons: MatchReason[];
}

/** Within this distance a council counts as nearby. */
export const NEARBY_KM = 40;
/** Activity within this many days counts as recent. */
export const RECENT_DAYS = 90;

const WEIGHT = {
  field: 3,
  sizeClass: 2,
  adjacentSize: 0.5,
  district: 1.5,
  nearby: 1.5,
  report: 0.5,
  recent: 1,
} as const;

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Size, place and activity: what makes experience from another council transferable. */
function context(
  subject: CouncilProfile,
  other: CouncilProfile,
  lastActivity: Date | null,
  now: Date,
): Scored {
  const reasons: MatchReason[] = [];
  let score = 0;
  const mine = sizeClassOf(subject.population);
  const theirs = sizeClassOf(other.population);
  if (mine && mine === theirs) {
    score += WEIGHT.sizeClass;
    reasons.push({ reason: 'size_class', class: mine });
  } else if (
    mine &&
    theirs &&
    Math.abs(SIZE_CLASSES.indexOf(mine) - SIZE_CLASSES.indexOf(theirs)) === 1
  ) {
    score += WEIGHT.adjacentSize;
  }
  if (subject.district && subject.district === other.district) {
    score += WEIGHT.district;
    reasons.push({ reason: 'same_district', district: other.district });
  } else if (subject.coords && other.coords) {
    const km = distanceKm(subject.coords, other.coords);
    if (km <= NEARBY_KM) {
      score += WEIGHT.nearby * (1 - km / NEARBY_KM) + 0.3;
      reasons.push({ reason: 'nearby', km: Math.round(km) });
    }
  }
  if (lastActivity && now.getTime() - lastActivity.getTime() <= RECENT_DAYS * 86_400_000) {
    score += WEIGHT.recent;
    reasons.push({ reason: 'recent_activity' });
  }
  return { score, reasons };
}

/**
 * How well another council fits: it must work on at least one of the focus Handlungsfelder;
 * then the overlap, a similar size, closeness, its reports on the fields and recent activity
 * add up. Every point of the score comes with the reason shown to the user.
 */
export function scoreCouncil(
  subject: CouncilProfile,
  focus: readonly FieldOfAction[],
  candidate: CouncilProfile,
  now: Date,
): Scored | null {
  if (candidate.id === subject.id) return null;
  const overlap = focus.filter((field) => candidate.fields.has(field));
  if (overlap.length === 0) return null;
  const around = context(subject, candidate, candidate.lastActivity, now);
  const reasons: MatchReason[] = [{ reason: 'same_field', fields: overlap }, ...around.reasons];
  let score = WEIGHT.field * overlap.length + around.score;
  const reports = overlap.reduce((sum, field) => sum + (candidate.reportFields.get(field) ?? 0), 0);
  if (reports > 0) {
    score += WEIGHT.report * Math.min(reports, 3);
    reasons.push({ reason: 'experience_report', count: reports });
  }
  return { score: Math.round(score * 100) / 100, reasons };
}

export interface ReportFacts {
  fieldsOfAction: readonly FieldOfAction[];
  council: CouncilProfile;
  publishedAt: Date | null;
  helpfulCount: number;
}

/** How well a report fits: shared Handlungsfelder first, then its council's size, place and age. */
export function scoreReport(
  subject: CouncilProfile,
  focus: readonly FieldOfAction[],
  report: ReportFacts,
  now: Date,
): Scored | null {
  if (report.council.id === subject.id) return null;
  const overlap = focus.filter((field) => report.fieldsOfAction.includes(field));
  if (overlap.length === 0) return null;
  const around = context(subject, report.council, report.publishedAt, now);
  const score =
    WEIGHT.field * overlap.length + around.score + Math.min(report.helpfulCount, 10) * 0.1;
  return {
    score: Math.round(score * 100) / 100,
    reasons: [{ reason: 'same_field', fields: overlap }, ...around.reasons],
  };
}

/** The best matches first, at most `limit`. */
export function rank<T extends { score: number }>(items: Array<T | null>, limit: number): T[] {
  return items
    .filter((item): item is T => item !== null)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

export interface FieldPairs {
  councils: Array<{ profile: CouncilProfile; reports: number; experienced: boolean }>;
  pairs: Array<{ learner: CouncilProfile; mentor: CouncilProfile; reasons: MatchReason[] }>;
}

/**
 * Per Handlungsfeld: the councils working on it; those with published reports on it count as
 * experienced, and each of the others is paired with the experienced council that fits it best.
 */
export function fieldPairs(
  field: FieldOfAction,
  profiles: readonly CouncilProfile[],
  now: Date,
): FieldPairs {
  const working = profiles.filter((profile) => profile.fields.has(field));
  const councils = working.map((profile) => {
    const reports = profile.reportFields.get(field) ?? 0;
    return { profile, reports, experienced: reports > 0 };
  });
  const mentors = councils.filter((c) => c.experienced).map((c) => c.profile);
  const pairs = councils
    .filter((c) => !c.experienced)
    .flatMap(({ profile: learner }) => {
      const best = rank(
        mentors.map((mentor) => {
          const scored = scoreCouncil(learner, [field], mentor, now);
          return scored ? { mentor, ...scored } : null;
        }),
        1,
      )[0];
      return best ? [{ learner, mentor: best.mentor, reasons: best.reasons }] : [];
    });
  return { councils, pairs };
}
