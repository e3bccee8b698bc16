import { endpoints, type PaperSheet } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { api, errorKey, type ApiRequestError } from '../../../lib/api';
import { paperSheetsQuery, questionnaireQuery, surveyKeys } from '../questionnaire/queries';
import { DifferenceTable } from './DifferenceTable';
import { TextField } from '../../../ui/form/Field';
import '../questionnaire/questionnaire.css';

const SheetForm = lazy(async () => ({ default: (await import('./SheetForm')).SheetForm }));

/**
 * `/analysen/:analysisId/papierboegen`: returned paper sheets are typed twice by two people;
 * where the typings differ, the differences are settled side by side.
 */
export function PaperEntryPage() {
  const { t } = useTranslation();
  const id = useId();
  const { analysisId = '' } = useParams();
  const queryClient = useQueryClient();
  const questionnaire = useQuery(questionnaireQuery(analysisId));
  const sheets = useQuery(paperSheetsQuery(analysisId));
  const [sheetNumber, setSheetNumber] = useState('');
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: surveyKeys.sheets(analysisId) });
  const enter = useMutation({
    mutationFn: (answers: Record<string, unknown>) =>
      api(endpoints.survey.enterPaperSheet, {
        params: { id: analysisId },
        body: { sheetNumber: Number(sheetNumber), answers },
      }),
    onSuccess: (sheet: PaperSheet) => {
      setMessage(t(`survey.paper.entered.${sheet.state}`, { sheet: sheet.sheetNumber }));
      setSheetNumber('');
      setRound((n) => n + 1);
      void refresh();
    },
  });

  if (questionnaire.isPending || sheets.isPending) return <LoadingState />;
  // A refusal keeps the page's heading, so the page says where one is.
  if (questionnaire.error)
    return (
      <Page title={t('survey.paper.title')}>
        <ErrorState error={questionnaire.error} />
      </Page>
    );
  if (sheets.error)
    return (
      <Page title={t('survey.paper.title')}>
        <ErrorState error={sheets.error} onRetry={() => void sheets.refetch()} />
      </Page>
    );
  const validNumber = /^\d{1,6}$/.test(sheetNumber) && Number(sheetNumber) > 0;
  const fields = (enter.error as ApiRequestError | null)?.fields ?? [];
  const open = sheets.data.items.filter((sheet) => sheet.state === 'differences');

  return (
    <Page title={t('survey.paper.title')} intro={t('survey.paper.intro')}>
      <p role="status">{message}</p>
      <TextField
        id={`${id}-sheet`}
        label={t('survey.paper.sheetNumber')}
        inputMode="numeric"
        autoComplete="off"
        value={sheetNumber}
        onValueChange={(value) => setSheetNumber(value.trim())}
      />
      {enter.error ? (
        <div role="alert" className="error-state">
          <p>{t(errorKey(enter.error))}</p>
          <ul>
            {fields.map((field) => (
              <li key={field.path}>{field.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {validNumber ? (
        <Suspense fallback={<LoadingState />}>
          <SheetForm
            key={round}
            json={questionnaire.data.json}
            onDone={(answers) => enter.mutate(answers)}
          />
        </Suspense>
      ) : (
        <p className="field__hint">{t('survey.paper.sheetFirst')}</p>
      )}

      <section aria-labelledby={`${id}-open`}>
        <h2 id={`${id}-open`}>{t('survey.paper.differencesTitle')}</h2>
        {open.length === 0 ? <p>{t('survey.paper.noDifferences')}</p> : null}
        {open.map((sheet) => (
          <DifferenceTable
            key={sheet.sheetNumber}
            analysisId={analysisId}
            sheet={sheet}
            onResolved={() => void refresh()}
          />
        ))}
      </section>

      <section aria-labelledby={`${id}-all`}>
        <h2 id={`${id}-all`}>{t('survey.paper.sheetsTitle')}</h2>
        <div className="qe-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-all`}>
          <table className="qe-table">
            <thead>
              <tr>
                <th scope="col">{t('survey.paper.sheet')}</th>
                <th scope="col">{t('survey.paper.state')}</th>
              </tr>
            </thead>
            <tbody>
              {sheets.data.items.map((sheet) => (
                <tr key={sheet.sheetNumber}>
                  <th scope="row">{sheet.sheetNumber}</th>
                  <td>{t(`survey.paper.states.${sheet.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Page>
  );
}
