import { endpoints, type Report, type ReportQuestion } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorKey } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { exchangeKeys, questionsQuery } from '../queries';
import { TextArea } from '../../../ui/form/Field';

function TextForm({
  label,
  submitLabel,
  onSubmit,
  pending,
  error,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (text: string) => Promise<unknown>;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || pending) return;
    void onSubmit(text.trim()).then(() => setText(''));
  };
  return (
    <form className="x-post-form" onSubmit={submit}>
      {error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(error))}
        </p>
      ) : null}
      <TextArea id={`${id}-text`} label={label} rows={3} value={text} onValueChange={setText} />
      <button type="submit" className="button button--secondary" aria-disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

const who = (person: ReportQuestion['author'], former: string) =>
  person.former ? former : person.name;

/** Questions to the authors and their answers. */
export function Questions({ report }: { report: Report }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const questions = useQuery(questionsQuery(report.id));
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: exchangeKeys.questions(report.id) });
    void queryClient.invalidateQueries({ queryKey: exchangeKeys.report(report.id) });
  };
  const ask = useMutation({
    mutationFn: (body: string) =>
      api(endpoints.reports.ask, { params: { id: report.id }, body: { body } }),
    onSuccess: refresh,
  });
  const answer = useMutation({
    mutationFn: ({ questionId, body }: { questionId: string; body: string }) =>
      api(endpoints.reports.answer, { params: { id: report.id, questionId }, body: { body } }),
    onSuccess: refresh,
  });
  const former = t('people.former');

  return (
    <section className="section" aria-labelledby="questions-heading">
      <h2 id="questions-heading" className="section__title">
        {t('reports.questions.title')}
      </h2>
      {questions.data && questions.data.items.length === 0 ? (
        <p className="x-muted">{t('reports.questions.none')}</p>
      ) : null}
      <ol className="x-threads">
        {questions.data?.items.map((question) => (
          <li key={question.id} className="x-thread">
            <p className="x-post__meta">
              <strong>{who(question.author, former)}</strong>
              {question.council ? <span className="x-muted"> · {question.council}</span> : null}
              <span className="x-muted"> · {formatDate(question.createdAt)}</span>
            </p>
            <p className="x-prewrap">{question.body}</p>
            {question.answer ? (
              <div className="x-replies">
                <p className="x-post__meta">
                  <strong>
                    {t('reports.questions.answerBy', { name: who(question.answer.author, former) })}
                  </strong>
                </p>
                <p className="x-prewrap">{question.answer.body}</p>
              </div>
            ) : report.permissions.answer ? (
              <TextForm
                label={t('reports.questions.answerLabel')}
                submitLabel={t('reports.questions.answer')}
                pending={answer.isPending}
                error={answer.error}
                onSubmit={(body) => answer.mutateAsync({ questionId: question.id, body })}
              />
            ) : null}
          </li>
        ))}
      </ol>
      {report.permissions.ask ? (
        <TextForm
          label={t('reports.questions.askLabel')}
          submitLabel={t('reports.questions.ask')}
          pending={ask.isPending}
          error={ask.error}
          onSubmit={(body) => ask.mutateAsync(body)}
        />
      ) : null}
    </section>
  );
}
