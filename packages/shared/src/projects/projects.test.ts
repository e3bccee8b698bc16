import {
  CreateProjectBodySchema,
  ProjectFieldsSchema,
  projectIssues,
  UpdateProjectBodySchema,
} from './project';
import { containsMarkup } from './text';

describe('plain text', () => {
  it.each([
    ['<script>alert(1)</script>', true],
    ['<SCRIPT src=//x>', true],
    ['vorher <script src=//x.js', true],
    ['<img src=x onerror=alert(1)>', true],
    ['</div>', true],
    ['<!-- Kommentar -->', true],
    ['<svg', true],
    ['Kinder < 14 Jahre', false],
    ['Wir <3 Glauchau', false],
    ['a<b und c>d', true],
    ['3 > 2 < 4', false],
  ])('%s → markup: %s', (text, expected) => {
    expect(containsMarkup(text)).toBe(expected);
  });
});

describe('project rules shared by form and server', () => {
  const complete = ProjectFieldsSchema.parse({
    title: 'Streetwork',
    summary: 'Aufsuchende Arbeit',
    fieldsOfAction: ['public_space'],
    problem: { what: 'Konflikte am Markt' },
    causes: 'Keine Treffpunkte',
    preventionGoal: 'Weniger Konflikte',
    targetGroups: { primary: 'Jugendliche' },
    settings: ['public_space'],
    approach: 'Streetwork',
    contact: { name: 'M. Schulz' },
  });

  it('a complete record has no issues; a draft needs only its title', () => {
    expect(projectIssues(complete, { draft: false })).toEqual([]);
    expect(projectIssues(ProjectFieldsSchema.parse({ title: 'Idee' }), { draft: true })).toEqual(
      [],
    );
  });

  it('the own share is at least 10 % of the cost plan and at most all of it', () => {
    const withCost = (ownShare: number) =>
      projectIssues(
        {
          ...complete,
          costPlan: [{ item: 'Honorar', amount: 32_500 }],
          funding: { ...complete.funding, ownShare },
        },
        { draft: false },
      );
    expect(withCost(3_250)).toEqual([]);
    expect(withCost(3_249)).toEqual([
      { path: 'funding.ownShare', message: expect.stringContaining('10 %') },
    ]);
    expect(withCost(40_000)).toEqual([{ path: 'funding.ownShare', message: expect.any(String) }]);
  });

  it('a change names only what it changes; creating fills the defaults', () => {
    expect(UpdateProjectBodySchema.parse({ status: 'running' })).toEqual({ status: 'running' });
    const created = CreateProjectBodySchema.parse({ title: 'X' });
    expect(created).toMatchObject({
      draft: true,
      problem: { what: '' },
      funding: { ownShare: null },
    });
    expect(created.visibility).toBeUndefined();
  });
});
