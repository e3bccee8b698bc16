import { endpoints, type SecurityAnalysis } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiUpload, errorKey } from '../../../lib/api';
import { OwnersField } from './OwnersField';
import { ANALYSIS_KEY } from './queries';
import { TextField } from '../../../ui/form/Field';

/** Public link, target, signatory, signature image and the address deletion day. */
export function SettingsSection({ analysis }: { analysis: SecurityAnalysis }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [publicUrl, setPublicUrl] = useState(analysis.publicUrl);
  const [target, setTarget] = useState(analysis.targetResponses?.toString() ?? '');
  const [signatory, setSignatory] = useState(analysis.signatory);
  const [deletion, setDeletion] = useState(analysis.addressDeletionOn ?? '');
  const refresh = () => queryClient.invalidateQueries({ queryKey: [ANALYSIS_KEY] });
  const save = useMutation({
    mutationFn: () =>
      api(endpoints.analysis.update, {
        params: { id: analysis.id },
        body: {
          publicUrl: publicUrl.trim(),
          targetResponses: target ? Number(target) : null,
          signatory,
          addressDeletionOn: deletion || null,
        },
      }),
    onSuccess: refresh,
  });
  const signature = useMutation({
    mutationFn: (file: File) =>
      apiUpload(endpoints.analysis.uploadSignature, { params: { id: analysis.id }, file }),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const error = save.error ?? signature.error;

  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.settings.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        {error ? (
          <p className="form__alert" role="alert">
            {t(errorKey(error))}
          </p>
        ) : null}
        <TextField
          id={`${id}-url`}
          label={t('analysis.settings.publicUrl')}
          hint={t('analysis.settings.publicUrlHint')}
          type="url"
          value={publicUrl}
          onValueChange={setPublicUrl}
        />
        <div className="analysis-row">
          <TextField
            id={`${id}-target`}
            label={t('analysis.settings.target')}
            type="number"
            min={1}
            value={target}
            onValueChange={setTarget}
          />
          <TextField
            id={`${id}-deletion`}
            label={t('analysis.settings.deletion')}
            type="date"
            value={deletion}
            onValueChange={setDeletion}
          />
        </div>
        <TextField
          id={`${id}-signatory`}
          label={t('analysis.settings.signatory')}
          value={signatory}
          maxLength={120}
          onValueChange={setSignatory}
        />
        <TextField
          id={`${id}-signature`}
          label={t('analysis.settings.signature')}
          hint={
            analysis.hasSignature
              ? t('analysis.settings.signatureSet')
              : t('analysis.settings.signatureMissing')
          }
          type="file"
          accept="image/png,image/jpeg"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) signature.mutate(file);
          }}
        />
        {analysis.addressesDeletedAt ? <p role="status">{t('analysis.settings.deleted')}</p> : null}
        {save.isSuccess ? <p role="status">{t('analysis.saved')}</p> : null}
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={save.isPending}>
            {t('analysis.settings.save')}
          </button>
        </div>
      </form>
      <OwnersField analysis={analysis} />
    </section>
  );
}
