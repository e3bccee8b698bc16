import { endpoints, type Questionnaire } from '@pnetz/shared';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { api, errorKey } from '../../../lib/api';

/**
 * Ends the fieldwork (owners, while it runs): after a confirmation, the public page closes and
 * tells residents politely that the survey has ended; the day is written into the Feldphase.
 */
export function EndFieldwork({
  analysisId,
  onEnded,
}: {
  analysisId: string;
  onEnded: (questionnaire: Questionnaire) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const end = useMutation({
    mutationFn: () => api(endpoints.survey.endFieldwork, { params: { id: analysisId } }),
    onSuccess: onEnded,
  });
  return (
    <div className="qe-fieldwork">
      <button
        type="button"
        className="button"
        disabled={end.isPending}
        onClick={() => setAsking(true)}
      >
        {t('survey.editor.endFieldwork')}
      </button>
      <p className="field__hint">{t('survey.editor.endFieldworkHint')}</p>
      {end.error ? (
        <p role="alert" className="error-state">
          {t(errorKey(end.error))}
        </p>
      ) : null}
      <ConfirmDialog
        open={asking}
        title={t('survey.editor.endFieldworkTitle')}
        text={t('survey.editor.endFieldworkText')}
        confirmLabel={t('survey.editor.endFieldworkConfirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          end.mutate();
        }}
      />
    </div>
  );
}
