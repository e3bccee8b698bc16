import { endpoints, type SecurityAnalysis } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiBlob, errorKey } from '../../../lib/api';
import { ANALYSIS_KEY, saveBlob } from './queries';
import { TextField } from '../../../ui/form/Field';

/** Letters (issuing the codes), the reminder and the paper questionnaire, as PDFs to print. */
export function LettersSection({ analysis }: { analysis: SecurityAnalysis }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [copies, setCopies] = useState(String(analysis.sample?.size ?? 1));
  const params = { id: analysis.id };
  const letters = useMutation({
    mutationFn: () => apiBlob(endpoints.analysis.letters, { params }),
    onSuccess: async (blob) => {
      saveBlob(blob, 'sicherheitsanalyse-anschreiben.pdf');
      await queryClient.invalidateQueries({ queryKey: [ANALYSIS_KEY] });
    },
  });
  const reminder = useMutation({
    mutationFn: () => apiBlob(endpoints.analysis.reminder, { params }),
    onSuccess: (blob) => saveBlob(blob, 'sicherheitsanalyse-erinnerung.pdf'),
  });
  const paper = useMutation({
    mutationFn: () =>
      apiBlob(endpoints.analysis.paper, { params, query: { copies: Number(copies) } }),
    onSuccess: (blob) => saveBlob(blob, 'sicherheitsanalyse-fragebogen.pdf'),
  });
  const error = letters.error ?? reminder.error ?? paper.error;
  const ready = Boolean(analysis.sample) && !analysis.addressesDeletedAt;

  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.letters.title')}</h2>
      <p>{t('analysis.letters.intro')}</p>
      {error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(error))}
        </p>
      ) : null}
      {analysis.letters ? (
        <p role="status" data-testid="letters-made">
          {t('analysis.letters.made', { count: analysis.letters.issued })}
        </p>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button"
          aria-disabled={!ready || letters.isPending}
          onClick={() => {
            if (ready && !letters.isPending) letters.mutate();
          }}
        >
          {letters.isPending ? t('analysis.letters.making') : t('analysis.letters.make')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!analysis.letters || reminder.isPending}
          onClick={() => {
            if (analysis.letters && !reminder.isPending) reminder.mutate();
          }}
        >
          {t('analysis.letters.reminder')}
        </button>
      </div>
      <div className="analysis-row">
        <TextField
          id={`${id}-copies`}
          label={t('analysis.letters.copies')}
          type="number"
          min={1}
          max={2000}
          value={copies}
          onValueChange={setCopies}
        />
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={paper.isPending}
          onClick={() => {
            if (!paper.isPending) paper.mutate();
          }}
        >
          {t('analysis.letters.paper')}
        </button>
      </div>
    </section>
  );
}
