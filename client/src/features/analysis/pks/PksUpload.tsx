import { endpoints, type FieldError } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, apiUpload, errorKey } from '../../../lib/api';
import { TextField } from '../../../ui/form/Field';
import { ANALYSIS_KEY } from '../manage/queries';

const fieldsOf = (error: unknown): readonly FieldError[] =>
  error instanceof ApiRequestError ? error.fields : [];

const whole = (text: string) => {
  const digits = text.replace(/\./g, '').trim();
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
};

/**
 * Uploads a PKS file: the municipality's for one analysis, or Saxony's reference. Year and
 * population are asked only for files that lack those columns; every bad line is listed.
 */
export function PksUpload({
  analysisId,
  populationHint,
}: {
  /** The analysis whose figures the file holds; without it, Saxony's reference. */
  analysisId?: string;
  /** The municipality's registry population, used when the field is left empty. */
  populationHint?: number | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [year, setYear] = useState('');
  const [population, setPopulation] = useState('');
  const saxony = analysisId === undefined;
  const run = useMutation({
    mutationFn: (chosen: File) => {
      const query = {
        filename: chosen.name,
        ...(whole(year) ? { year: whole(year) } : {}),
        ...(whole(population) ? { population: whole(population) } : {}),
      };
      return analysisId
        ? apiUpload(endpoints.pks.import, { params: { id: analysisId }, query, file: chosen })
        : apiUpload(endpoints.pks.importSaxony, { query, file: chosen });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ANALYSIS_KEY] }),
  });
  const problems = fieldsOf(run.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file && !run.isPending) run.mutate(file);
  };
  const prefix = saxony ? 'pks.saxonyUpload' : 'pks.upload';

  return (
    <form className="pks-upload" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(`${prefix}.title`)}</h3>
      <p>{t(`${prefix}.intro`)}</p>
      <div className="analysis-row">
        <TextField
          id={`${id}-file`}
          label={t(`${prefix}.file`)}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            run.reset();
          }}
        />
        <TextField
          id={`${id}-year`}
          label={t('pks.upload.year')}
          hint={t('pks.upload.yearHint')}
          inputMode="numeric"
          value={year}
          onValueChange={setYear}
        />
        <TextField
          id={`${id}-population`}
          label={t('pks.upload.population')}
          hint={
            populationHint
              ? t('pks.upload.populationDefault', { population: populationHint })
              : t('pks.upload.populationHint')
          }
          inputMode="numeric"
          value={population}
          onValueChange={setPopulation}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={!file || run.isPending}>
          {t(`${prefix}.submit`)}
        </button>
      </div>
      {run.isSuccess ? (
        <p role="status">
          {t('pks.upload.imported', { rows: run.data.rows, years: run.data.years.join(', ') })}
        </p>
      ) : null}
      {run.error ? (
        <div role="alert">
          <p className="form__alert">
            {problems.length > 0
              ? t('pks.upload.refused', { count: problems.length })
              : t(errorKey(run.error))}
          </p>
          {problems.length > 0 ? (
            <ul className="analysis-errors" data-testid="pks-problems">
              {problems.map((problem) => (
                <li key={problem.path}>{problem.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
