import type { FeedbackResults } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { formatNumber } from '../../lib/format';
import { trainingPaths } from './paths';
import { feedbackResultsQuery } from './queries';

type QuestionResult = FeedbackResults['questions'][number];

/** Feedback results of an offer; nothing but the count below the minimum number of answers. */
export function FeedbackResultsView({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const query = useQuery(feedbackResultsQuery(offerId));
  if (query.error) return <ErrorState error={query.error} />;
  if (!query.data) return null;
  const results = query.data;
  return (
    <div className="t-feedback-results">
      <h3>{t('training.feedback.resultsTitle')}</h3>
      <p>{t('training.feedback.answers', { count: results.answers })}</p>
      <p>
        <Link to={trainingPaths.feedbackEditor(offerId)}>{t('training.feedbackEditor.open')}</Link>
      </p>
      {results.shown ? (
        <table className="t-table">
          <caption className="x-muted">{t('training.feedback.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.feedback.question')}</th>
              <th scope="col">{t('training.feedback.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {results.questions.map((q) => (
              <tr key={q.name}>
                <th scope="row">{q.title}</th>
                <td>
                  <Figure question={q} min={results.minAnswers} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="t-status" role="note">
          {t('training.feedback.suppressed', { min: results.minAnswers })}
        </p>
      )}
    </div>
  );
}

function Figure({ question, min }: { question: QuestionResult; min: number }) {
  const { t } = useTranslation();
  if (question.suppressed) return <>{t('training.feedback.questionSuppressed', { min })}</>;
  if (question.comments.length > 0)
    return (
      <ul className="t-comments">
        {question.comments.map((comment, i) => (
          <li key={i}>{comment}</li>
        ))}
      </ul>
    );
  const counts = Object.entries(question.counts)
    .map(([value, n]) => `${t(`training.feedback.value.${value}`, value)}: ${n}`)
    .join(', ');
  if (question.mean !== null)
    return <>{t('training.feedback.meanOf', { mean: formatNumber(question.mean), counts })}</>;
  return <>{counts}</>;
}
