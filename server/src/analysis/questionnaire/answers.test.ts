import { checkAnswers, stratumOf } from './answers';
import { checkQuestionnaire, translationStatus } from './survey-json';
import { questionnaireTemplate } from './template';

const json = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'radiogroup', name: 'safe', choices: [1, 2, 3, 4], isRequired: true },
        {
          type: 'checkbox',
          name: 'seen',
          choices: ['litter', 'graffiti'],
          showNoneItem: true,
          maxSelectedChoices: 1,
        },
        { type: 'rating', name: 'mark', rateMin: 0, rateMax: 10 },
        { type: 'comment', name: 'why', maxLength: 5, visibleIf: '{safe} >= 3' },
      ],
    },
  ],
};

describe('checking answers against the questionnaire', () => {
  it('accepts answers that fit and drops those of hidden questions', () => {
    expect(checkAnswers(json, { safe: 2, mark: 0, why: 'no' })).toEqual({
      answers: { safe: 2, mark: 0 },
      errors: [],
    });
  });

  it('names every question whose answer does not fit', () => {
    const { errors, answers } = checkAnswers(json, {
      safe: 5,
      seen: ['none', 'litter'],
      mark: 10.5,
      why: 'far too long',
      other: 1,
    });
    expect(answers).toEqual({});
    expect(errors.map((e) => e.path)).toEqual([
      'answers.safe',
      'answers.seen',
      'answers.mark',
      'answers.why',
      'answers.other',
    ]);
    expect(errors[4]!.message).toBe('"other" is not a question of this questionnaire');
    expect(checkAnswers(json, { mark: 3 }).errors).toEqual([
      { path: 'answers.safe', message: '"safe" must be answered' },
    ]);
  });

  it('leaves required questions open for drafts and paper sheets', () => {
    expect(checkAnswers(json, {}, { required: false }).errors).toEqual([]);
    expect(
      checkAnswers(json, { seen: ['litter', 'graffiti'] }, { required: false }).errors,
    ).toEqual([{ path: 'answers.seen', message: 'answer to "seen" has more than 1 choices' }]);
  });

  it('keeps the stratum questions as the stratum', () => {
    expect(stratumOf({ district: 'Nord', ageGroup: '75+', sex: 'w', safe: 1 })).toEqual({
      district: 'Nord',
      ageGroup: '75+',
      sex: 'w',
    });
  });
});

describe('the standard questionnaire', () => {
  it('is well formed, complete in seven languages, and marks reversed scale items', () => {
    const template = questionnaireTemplate();
    expect(checkQuestionnaire(template)).toEqual([]);
    expect(translationStatus(template).every((status) => status.missing.length === 0)).toBe(true);
    const questions = (
      template.pages as Array<{ elements: Array<Record<string, unknown>> }>
    ).flatMap((page) => page.elements);
    expect(questions.filter((q) => q.reverse === true).map((q) => q.name)).toEqual([
      'police_indifferent',
      'admin_uninformed',
      'neighbours_distant',
    ]);
    expect(new Set(questions.map((q) => q.scale).filter(Boolean))).toEqual(
      new Set([
        'safety',
        'fear_affective',
        'fear_cognitive',
        'fear_behavioural',
        'disorder',
        'trust_police',
        'trust_admin',
        'cohesion',
      ]),
    );
  });

  it('reports a text without its translation by question name', () => {
    const template = questionnaireTemplate() as {
      pages: Array<{ elements: Array<{ title: Record<string, string> }> }>;
    };
    delete template.pages[0]!.elements[1]!.title.vi;
    const vi = translationStatus(template, ['vi'])[0]!;
    expect(vi.missing).toEqual(['safe_night_area']);
  });
});
