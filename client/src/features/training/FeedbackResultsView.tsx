import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';
import { formatNumber } from '../../lib/format';
import { FEEDBACK_QUESTIONS, type FeedbackQuestion } from './feedback-questions';
import { feedbackResultsQuery } from './queries';

const isQuestion = (name: string): name is FeedbackQuestion =>
  (FEEDBACK_QUESTIONS as readonly string[]).includes(name);

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
      {results.shown ? (
        <table className="t-table">
          <caption className="x-muted">{t('training.feedback.scale')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.feedback.question')}</th>
              <th scope="col">{t('training.feedback.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {results.questions.map((q) => (
              <tr key={q.name}>
                <th scope="row">
                  {isQuestion(q.name) ? t(`training.feedback.q.${q.name}`) : q.name}
                </th>
                <td>
                  {q.mean !== null
                    ? formatNumber(q.mean)
                    : `${t('training.feedback.yes')}: ${q.counts.yes ?? 0}, ${t('training.feedback.no')}: ${q.counts.no ?? 0}`}
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
