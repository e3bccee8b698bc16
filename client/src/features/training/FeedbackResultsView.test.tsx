import type { FeedbackResults } from '@pnetz/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp, testQueryClient } from '../../test/render';
import { FeedbackResultsView } from './FeedbackResultsView';
import { feedbackResultsQuery } from './queries';

const OFFER = 'a'.repeat(24);

function renderResults(results: FeedbackResults) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(feedbackResultsQuery(OFFER).queryKey, results);
  return renderWithApp(<FeedbackResultsView offerId={OFFER} />, { queryClient });
}

const hidden = { suppressed: true, answered: null, mean: null, counts: {}, comments: [] };

describe('FeedbackResultsView', () => {
  it('shows only the count below the minimum, and links to the questionnaire', () => {
    renderResults({
      answers: 9,
      minAnswers: 10,
      shown: false,
      questions: [{ name: 'overall', title: 'Insgesamt', type: 'rating', ...hidden }],
    });
    expect(screen.getByText('9 Rückmeldungen')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('erst ab 10 Rückmeldungen');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rückmeldebogen bearbeiten' })).toHaveAttribute(
      'href',
      `/fortbildung/${OFFER}/rueckmeldebogen`,
    );
  });

  it('shows each question: a mean, counts, comments, or a dash where too few answered', () => {
    renderResults({
      answers: 12,
      minAnswers: 10,
      shown: true,
      questions: [
        {
          name: 'overall',
          title: 'Wie zufrieden waren Sie insgesamt?',
          type: 'rating',
          suppressed: false,
          answered: 12,
          mean: 4.5,
          counts: { '5': 6, '4': 6 },
          comments: [],
        },
        {
          name: 'recommend',
          title: 'Würden Sie die Veranstaltung weiterempfehlen?',
          type: 'radiogroup',
          suppressed: false,
          answered: 12,
          mean: null,
          counts: { yes: 11, no: 1 },
          comments: [],
        },
        {
          name: 'comment',
          title: 'Was möchten Sie uns noch mitteilen?',
          type: 'comment',
          suppressed: false,
          answered: 10,
          mean: null,
          counts: {},
          comments: Array.from({ length: 10 }, (_, i) => `Anmerkung ${i}`),
        },
        { name: 'speaker', title: 'Referentin', type: 'rating', ...hidden },
      ],
    });
    const table = screen.getByRole('table');
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(name) });
    expect(row('insgesamt')).toHaveTextContent('Mittelwert 4,5 (4: 6, 5: 6)');
    expect(row('weiterempfehlen')).toHaveTextContent('Ja: 11, Nein: 1');
    expect(within(row('mitteilen')).getAllByRole('listitem')).toHaveLength(10);
    expect(row('Referentin')).toHaveTextContent('weniger als 10 Antworten');
  });
});
