import type { SurveyJson } from '@pnetz/shared';

const scale = (name: string, de: string, en: string) => ({
  type: 'rating',
  name,
  title: { default: de, en },
  isRequired: true,
  rateMin: 1,
  rateMax: 5,
  // Buttons also on phones (the default turns into a drop-down on narrow screens).
  displayMode: 'buttons',
  minRateDescription: { default: 'gar nicht', en: 'not at all' },
  maxRateDescription: { default: 'sehr', en: 'very' },
});

/**
 * The standard feedback questionnaire every offer starts from, in the survey instrument's
 * SurveyJS JSON: three ratings from 1 to 5, whether one would recommend the event, a comment.
 */
export function feedbackTemplate(): SurveyJson {
  return {
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'feedback',
        title: { default: 'Rückmeldung', en: 'Feedback' },
        elements: [
          scale('overall', 'Wie zufrieden waren Sie insgesamt?', 'How satisfied were you overall?'),
          scale(
            'relevance',
            'Wie nützlich ist das Gelernte für Ihre Arbeit?',
            'How useful is what you learnt for your work?',
          ),
          scale(
            'organisation',
            'Wie gut war die Veranstaltung organisiert?',
            'How well was the event organised?',
          ),
          {
            type: 'radiogroup',
            name: 'recommend',
            title: {
              default: 'Würden Sie die Veranstaltung weiterempfehlen?',
              en: 'Would you recommend the event?',
            },
            choices: [
              { value: 'yes', text: { default: 'Ja', en: 'Yes' } },
              { value: 'no', text: { default: 'Nein', en: 'No' } },
            ],
          },
          {
            type: 'comment',
            name: 'comment',
            title: {
              default: 'Was möchten Sie uns noch mitteilen?',
              en: 'Anything else you would like to tell us?',
            },
            maxLength: 1000,
          },
        ],
      },
    ],
  };
}
