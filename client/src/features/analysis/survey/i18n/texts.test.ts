import { RTL_LANGUAGES, SURVEY_LANGUAGES } from '@pnetz/shared';
import { describe, expect, it } from 'vitest';
import { SURVEY_TEXTS, surveyErrorKey, surveyI18n } from '.';
import { ApiRequestError } from '../../../../lib/api-error';

/** Every key of a nested text file as `a.b.c`, with its text. */
function flatten(texts: object, prefix = ''): Map<string, unknown> {
  return new Map(
    Object.entries(texts).flatMap(([key, value]) =>
      value !== null && typeof value === 'object'
        ? [...flatten(value as object, `${prefix}${key}.`)]
        : [[`${prefix}${key}`, value] as const],
    ),
  );
}

const german = flatten(SURVEY_TEXTS.de);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);

describe('the public survey page’s texts', () => {
  it('exist for every language a questionnaire can be answered in', () => {
    expect(Object.keys(SURVEY_TEXTS).sort()).toEqual([...SURVEY_LANGUAGES].sort());
    expect(RTL_LANGUAGES).toEqual(['ar']);
  });

  it.each(SURVEY_LANGUAGES.filter((language) => language !== 'de'))(
    'in %s have exactly the German keys, each translated',
    (language) => {
      const texts = flatten(SURVEY_TEXTS[language]);
      expect([...texts.keys()].sort()).toEqual([...german.keys()].sort());
      for (const [key, text] of texts) {
        expect(typeof text, key).toBe('string');
        expect((text as string).trim(), key).not.toBe('');
        // A text left in German is a missing translation.
        expect(text, `${language}: ${key}`).not.toBe(german.get(key));
        expect(placeholders(text as string), key).toEqual(placeholders(german.get(key) as string));
      }
    },
  );

  it('are what the page’s own i18n instance shows in each language', async () => {
    for (const language of SURVEY_LANGUAGES) {
      await surveyI18n.changeLanguage(language);
      expect(surveyI18n.t('closedTitle', { ns: 'survey' })).toBe(
        SURVEY_TEXTS[language].closedTitle,
      );
    }
    await surveyI18n.changeLanguage('de');
  });

  it('name every refusal the page can meet in the resident’s words', () => {
    const key = (id: ConstructorParameters<typeof ApiRequestError>[0]) =>
      surveyErrorKey(new ApiRequestError(id, 400));
    expect(key('survey_closed')).toBe('closedText');
    expect(key('access_code_used')).toBe('usedText');
    expect(key('not_found')).toBe('codeUnknown');
    expect(key('rate_limited')).toBe('errors.rate_limited');
    expect(key('csrf_failed')).toBe('errors.reload');
    expect(key('forbidden')).toBe('errors.internal');
    expect(surveyErrorKey(new Error('boom'))).toBe('errors.internal');
  });
});
