import { EXCHANGE_LIMITS, endpoints } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { api, errorKey, isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { formatSize } from '../format';
import { exchangeKeys, filesQuery } from '../queries';
import { fileUrl, uploadExchangeFile } from './upload';
import { Field } from '../../../ui/form/Field';

/** Files shared in an exchange: download for everyone who reads it, upload for participants. */
export function FileList({ exchangeId, canUpload }: { exchangeId: string; canUpload: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const files = useQuery(filesQuery(exchangeId));
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: exchangeKeys.files(exchangeId) });
  const upload = useMutation({
    mutationFn: (file: File) => {
      if (file.size > EXCHANGE_LIMITS.fileMaxBytes) return Promise.reject(new Error('too_large'));
      return uploadExchangeFile(exchangeId, file);
    },
    onSuccess: () => {
      if (input.current) input.current.value = '';
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (fileId: string) =>
      api(endpoints.exchange.deleteFile, { params: { id: exchangeId, fileId } }),
    onSuccess: refresh,
  });

  const uploadError = upload.error
    ? upload.error instanceof Error && upload.error.message === 'too_large'
      ? t('exchange.files.tooLarge')
      : isApiError(upload.error, 'validation_failed')
        ? t('exchange.files.wrongType')
        : t(errorKey(upload.error))
    : null;

  return (
    <section className="section" aria-labelledby="files-heading">
      <h2 id="files-heading" className="section__title">
        {t('exchange.files.title')}
      </h2>
      {files.isPending ? <LoadingState /> : null}
      {files.error ? <ErrorState error={files.error} onRetry={() => void files.refetch()} /> : null}
      {files.data && files.data.items.length === 0 ? (
        <p className="x-muted">{t('exchange.files.none')}</p>
      ) : null}
      <ul className="x-list">
        {files.data?.items.map((file) => (
          <li key={file.id} className="x-file">
            <a href={fileUrl(exchangeId, file.id)} download>
              {file.filename}
            </a>
            <span className="x-muted">
              {' · '}
              {formatSize(file.size)} ·{' '}
              {file.uploadedBy.former ? t('people.former') : file.uploadedBy.name} ·{' '}
              {formatDate(file.uploadedAt)}
            </span>
            {file.deletable ? (
              <button
                type="button"
                className="button button--secondary x-inline-button"
                onClick={() => remove.mutate(file.id)}
                aria-label={t('exchange.files.removeNamed', { name: file.filename })}
              >
                {t('exchange.files.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canUpload ? (
        <>
          <Field
            id={`${id}-file`}
            label={t('exchange.files.upload')}
            hint={t('exchange.files.hint')}
          >
            {(control) => (
              <input
                {...control}
                ref={input}
                type="file"
                accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.png,.jpg,.jpeg"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) upload.mutate(file);
                }}
              />
            )}
          </Field>
          {upload.isPending ? <p role="status">{t('exchange.files.uploading')}</p> : null}
          {uploadError ? (
            <p className="field__error" role="alert">
              {uploadError}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
