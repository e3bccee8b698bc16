import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/form/Field';

/**
 * A link to hand over by other means (telephone, the founder's own mail): shown in a read-only
 * field that selects itself, with a button that copies it.
 */
export function CopyLink({ link, label }: { link: string; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="copy-link">
      <TextField
        id={id}
        label={label}
        className="copy-link__input"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('handover.copy')}
        </button>
        <span role="status" className="form__progress">
          {status === 'copied' ? t('handover.copied') : null}
          {status === 'failed' ? t('handover.copyFailed') : null}
        </span>
      </div>
    </div>
  );
}
