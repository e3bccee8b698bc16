import { useTranslation } from 'react-i18next';
import { errorKey } from '../lib/api';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load, in words the user can act on, with a way to try again. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <div className="error-state">
      <p role="alert">
        <strong>{t('status.errorTitle')}</strong> {t(errorKey(error))}
      </p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('status.retry')}
        </button>
      ) : null}
    </div>
  );
}
