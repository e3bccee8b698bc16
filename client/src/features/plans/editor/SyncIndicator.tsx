import { useTranslation } from 'react-i18next';
import type { SyncState } from './plan-connection';

/** The plan's own connection state, in words and with a shape per state, announced politely. */
export function SyncIndicator({ state }: { state: SyncState }) {
  const { t } = useTranslation();
  return (
    <p className={`sync sync--${state}`} role="status" aria-live="polite" data-state={state}>
      <span className="sync__icon" aria-hidden="true" />
      <span className="visually-hidden">{t('plans.sync.label')}: </span>
      {t(`plans.sync.${state}`)}
    </p>
  );
}
