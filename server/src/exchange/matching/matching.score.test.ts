import type { FieldOfAction } from '@pnetz/shared';
import {
  distanceKm,
  fieldPairs,
  rank,
  scoreCouncil,
  scoreReport,
  type CouncilProfile,
} from './matching.score';

const NOW = new Date('2025-06-01T10:00:00Z');

function council(
  id: string,
  overrides: Omit<Partial<CouncilProfile>, 'fields'> & { fields?: FieldOfAction[] } = {},
): CouncilProfile {
  const { fields, ...rest } = overrides;
  return {
    id,
    name: `KPR ${id}`,
    municipality: id,
    district: 'Landkreis A',
    population: 3000,
    fields: new Set(fields ?? []),
    reportFields: new Map(),
    lastActivity: null,
    coords: null,
    ...rest,
  };
}

describe('council matching', () => {
  const subject = council('klein', {
    fields: ['littering'],
    district: 'Landkreis Bautzen',
    coords: { lat: 51.32, lon: 14.33 },
  });

  it('needs a shared Handlungsfeld', () => {
    expect(
      scoreCouncil(subject, ['littering'], council('x', { fields: ['violence'] }), NOW),
    ).toBeNull();
    expect(scoreCouncil(subject, ['littering'], subject, NOW)).toBeNull();
  });

  it('says why: field, size class, district, activity and reports', () => {
    const other = council('b', {
      fields: ['littering', 'graffiti'],
      district: 'Landkreis Bautzen',
      population: 4000,
      lastActivity: new Date('2025-05-20T00:00:00Z'),
      reportFields: new Map([['littering', 2]]),
    });
    expect(scoreCouncil(subject, ['littering'], other, NOW)!.reasons).toEqual([
      { reason: 'same_field', fields: ['littering'] },
      { reason: 'size_class', class: 'under_5000' },
      { reason: 'same_district', district: 'Landkreis Bautzen' },
      { reason: 'recent_activity' },
      { reason: 'experience_report', count: 2 },
    ]);
  });

  it('names the distance of nearby councils in other districts', () => {
    const near = council('n', {
      fields: ['littering'],
      district: 'Landkreis Görlitz',
      coords: { lat: 51.25, lon: 14.5 },
    });
    const reasons = scoreCouncil(subject, ['littering'], near, NOW)!.reasons;
    const nearby = reasons.find((r) => r.reason === 'nearby');
    expect(nearby).toEqual({
      reason: 'nearby',
      km: Math.round(distanceKm(subject.coords!, near.coords!)),
    });
  });

  it('ranks similar small councils above a big city on the same field', () => {
    const small = council('s', { fields: ['littering'], population: 3500 });
    const city = council('c', {
      fields: ['littering'],
      population: 600_000,
      district: 'Stadt Leipzig',
    });
    const ranked = rank(
      [small, city].map((c) => {
        const scored = scoreCouncil(subject, ['littering'], c, NOW);
        return scored ? { id: c.id, ...scored } : null;
      }),
      5,
    );
    expect(ranked.map((r) => r.id)).toEqual(['s', 'c']);
    expect(ranked[1]!.reasons.map((r) => r.reason)).toEqual(['same_field']);
  });

  it('scores reports by shared fields and their council', () => {
    const author = council('a', { population: 4800 });
    const scored = scoreReport(
      subject,
      ['littering'],
      { fieldsOfAction: ['littering'], council: author, publishedAt: null, helpfulCount: 3 },
      NOW,
    );
    expect(scored!.reasons).toEqual([
      { reason: 'same_field', fields: ['littering'] },
      { reason: 'size_class', class: 'under_5000' },
    ]);
    expect(
      scoreReport(
        subject,
        ['littering'],
        { fieldsOfAction: ['graffiti'], council: author, publishedAt: null, helpfulCount: 0 },
        NOW,
      ),
    ).toBeNull();
  });
});

describe('who could learn from whom', () => {
  it('pairs councils without reports with the best fitting experienced one', () => {
    const mentorSmall = council('m1', {
      fields: ['littering'],
      population: 4000,
      reportFields: new Map([['littering', 1]]),
    });
    const mentorCity = council('m2', {
      fields: ['littering'],
      population: 300_000,
      district: 'Stadt',
      reportFields: new Map([['littering', 1]]),
    });
    const learner = council('l', { fields: ['littering'], population: 3000 });
    const { councils, pairs } = fieldPairs(
      'littering',
      [mentorSmall, mentorCity, learner, council('x', { fields: ['violence'] })],
      NOW,
    );
    expect(councils.map((c) => [c.profile.id, c.experienced])).toEqual([
      ['m1', true],
      ['m2', true],
      ['l', false],
    ]);
    expect(pairs.map((p) => [p.learner.id, p.mentor.id])).toEqual([['l', 'm1']]);
  });
});
