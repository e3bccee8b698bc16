import { endpoints, type PaperSheet } from '@pnetz/shared';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorKey } from '../../../lib/api';
import { Radio } from '../../../ui/form/Field';

const shown = (value: unknown) =>
  value === null || value === undefined
    ? '–'
    : Array.isArray(value)
      ? value.join(', ')
      : String(value);

/** The two typings of a sheet side by side; for each difference one of them is chosen. */
export function DifferenceTable({
  analysisId,
  sheet,
  onResolved,
}: {
  analysisId: string;
  sheet: PaperSheet;
  onResolved: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<Record<string, 'first' | 'second'>>({});
  const resolve = useMutation({
    mutationFn: () =>
      api(endpoints.survey.resolvePaperSheet, {
        params: { id: analysisId, sheetNumber: String(sheet.sheetNumber) },
        body: {
          answers: Object.fromEntries(
            sheet.differences.map((d) => [
              d.question,
              choice[d.question] === 'second' ? d.second : d.first,
            ]),
          ),
        },
      }),
    onSuccess: onResolved,
  });
  const complete = sheet.differences.every((d) => choice[d.question]);
  return (
    <div className="qe-difference">
      <div className="qe-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-caption`}>
        <table className="qe-table">
          <caption id={`${id}-caption`}>
            {t('survey.paper.sheetCaption', { sheet: sheet.sheetNumber })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('survey.paper.question')}</th>
              <th scope="col">{t('survey.paper.first')}</th>
              <th scope="col">{t('survey.paper.second')}</th>
            </tr>
          </thead>
          <tbody>
            {sheet.differences.map((difference) => (
              <tr key={difference.question}>
                <th scope="row">{difference.question}</th>
                {(['first', 'second'] as const).map((which) => (
                  <td key={which}>
                    <Radio
                      id={`${id}-${difference.question}-${which}`}
                      name={`${id}-${difference.question}`}
                      label={shown(difference[which])}
                      checked={choice[difference.question] === which}
                      onChange={() => setChoice({ ...choice, [difference.question]: which })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {resolve.error ? <p role="alert">{t(errorKey(resolve.error))}</p> : null}
      <button
        type="button"
        className="button"
        disabled={!complete || resolve.isPending}
        onClick={() => resolve.mutate()}
      >
        {t('survey.paper.resolve', { sheet: sheet.sheetNumber })}
      </button>
    </div>
  );
}
