import { buildPath, endpoints, type Agreement } from '@pnetz/shared';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorKey } from '../../../lib/api';
import { formatNumber } from '../../../lib/format';
import { formatDay } from '../format';
import { uploadAgreementDocument } from '../upload';
import { RecordAction } from './RecordSection';
import { useRecordMutation } from './useRecordMutation';
import { Field } from '../../../ui/form/Field';

/** One cooperation agreement with its signatories and the signed document. */
export function AgreementCard({
  agreement,
  canWrite,
}: {
  agreement: Agreement;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [uploadError, setUploadError] = useState<unknown>(null);
  const remove = useRecordMutation(() =>
    api(endpoints.programme.deleteAgreement, { params: { id: agreement.id } }),
  );
  const upload = useRecordMutation((file: File) => uploadAgreementDocument(agreement.id, file));
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setUploadError(null);
    upload.mutate(file, { onError: setUploadError });
    event.target.value = '';
  };
  return (
    <li className="programme-card">
      <p className="programme-card__title">
        {t('programme.agreements.signedOn', { date: formatDay(agreement.date) })} ·{' '}
        {t(`programme.agreements.status.${agreement.status}`)}
      </p>
      {agreement.signatories.length > 0 ? (
        <ul>
          {agreement.signatories.map((s, i) => (
            <li key={i}>
              {s.name} ({t(`programme.agreements.role.${s.role}`)}
              {s.organisation ? `, ${s.organisation}` : ''})
            </li>
          ))}
        </ul>
      ) : null}
      {agreement.notes ? <p>{agreement.notes}</p> : null}
      {agreement.document ? (
        <p>
          <a
            href={buildPath(endpoints.programme.downloadAgreementDocument.path, {
              id: agreement.id,
            })}
            download
          >
            {t('programme.agreements.download', {
              name: agreement.document.filename,
              size: formatNumber(Math.ceil(agreement.document.size / 1024)),
            })}
          </a>
        </p>
      ) : (
        <p className="programme-hint">{t('programme.agreements.noDocument')}</p>
      )}
      {canWrite ? (
        <div className="form__actions">
          <Field
            id={`${id}-file`}
            label={t('programme.agreements.upload')}
            hint={t('programme.agreements.uploadHint')}
          >
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={onFile}
              />
            )}
          </Field>
          <RecordAction label={t('programme.form.delete')} action={remove} />
          <span role="status" className="form__progress">
            {upload.isPending
              ? t('programme.agreements.uploading')
              : upload.isSuccess
                ? t('programme.agreements.uploaded')
                : ''}
          </span>
          {uploadError ? (
            <p className="field__error" role="alert">
              {t(errorKey(uploadError))} {t('programme.agreements.uploadHint')}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
