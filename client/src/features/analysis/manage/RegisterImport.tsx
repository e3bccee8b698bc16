import {
  REGISTER_FIELDS,
  endpoints,
  type FieldError,
  type RegisterField,
  type RegisterPreview,
  type SecurityAnalysis,
} from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, apiUpload, errorKey } from '../../../lib/api';
import { Select, TextField } from '../../../ui/form/Field';
import { ANALYSIS_KEY } from './queries';

type Mapping = Record<RegisterField, string>;

/** The error's field list: one entry per bad row (`line.N`) or missing column (`mapping.x`). */
const fieldsOf = (error: unknown): readonly FieldError[] =>
  error instanceof ApiRequestError ? error.fields : [];

/**
 * The register import: upload → detected encoding and separator → column mapping → report of
 * the bad rows, or the import. Nothing is stored until every row is good.
 */
export function RegisterImport({ analysis }: { analysis: SecurityAnalysis }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const preview = useMutation({
    mutationFn: (chosen: File) =>
      apiUpload(endpoints.analysis.previewRegister, {
        params: { id: analysis.id },
        query: { filename: chosen.name },
        file: chosen,
      }),
    onSuccess: (result: RegisterPreview) =>
      setMapping(
        Object.fromEntries(
          REGISTER_FIELDS.map((field) => [field, result.mapping[field] ?? '']),
        ) as Mapping,
      ),
  });
  const run = useMutation({
    mutationFn: () =>
      apiUpload(endpoints.analysis.importRegister, {
        params: { id: analysis.id },
        query: {
          filename: file!.name,
          ...Object.fromEntries(
            Object.entries(mapping ?? {}).filter(([, column]) => column !== ''),
          ),
        },
        file: file!,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ANALYSIS_KEY] }),
  });
  const problems = fieldsOf(run.error ?? preview.error);
  const data = preview.data;

  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.register.title')}</h2>
      <p>{t('analysis.register.intro')}</p>
      {analysis.register ? (
        <p role="status">
          {t('analysis.register.current', {
            rows: analysis.register.rows,
            file: analysis.register.filename,
          })}
        </p>
      ) : null}
      <TextField
        id={`${id}-file`}
        label={t('analysis.register.file')}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const chosen = event.target.files?.[0] ?? null;
          setFile(chosen);
          setMapping(null);
          run.reset();
          if (chosen) preview.mutate(chosen);
        }}
      />
      {data && mapping ? (
        <>
          <p role="status" data-testid="register-detected">
            {t('analysis.register.detected', {
              format: data.format.toUpperCase(),
              encoding: data.encoding ?? '–',
              separator: data.separator ?? '–',
              rows: data.rows,
            })}
          </p>
          <fieldset className="analysis-row">
            <legend>{t('analysis.register.mapping')}</legend>
            {REGISTER_FIELDS.map((field) => (
              <Select
                key={field}
                id={`${id}-${field}`}
                label={t(`analysis.register.fields.${field}`)}
                value={mapping[field]}
                empty={t('analysis.register.unmapped')}
                options={data.columns.map((column) => ({ value: column, label: column }))}
                onValueChange={(value) => setMapping({ ...mapping, [field]: value })}
              />
            ))}
          </fieldset>
          <div className="form__actions">
            <button
              type="button"
              className="button"
              aria-disabled={run.isPending}
              onClick={() => {
                if (!run.isPending) run.mutate();
              }}
            >
              {t('analysis.register.import')}
            </button>
          </div>
        </>
      ) : null}
      {run.isSuccess ? (
        <p role="status">{t('analysis.register.imported', { rows: run.data.rows })}</p>
      ) : null}
      {run.error || preview.error ? (
        <div role="alert">
          <p className="form__alert">
            {problems.length > 0
              ? t('analysis.register.refused', { count: problems.length })
              : t(errorKey(run.error ?? preview.error))}
          </p>
          {problems.length > 0 ? (
            <ul className="analysis-errors" data-testid="register-problems">
              {problems.map((problem) => (
                <li key={problem.path}>{problem.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
