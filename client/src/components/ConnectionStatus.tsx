import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../lib/socket';

/** The live connection in words (and a shape per state), announced politely when it changes. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <p className={`connection connection--${state}`} aria-live="polite">
      <span className="connection__icon" aria-hidden="true" />
      <span className="visually-hidden">{t('connection.label')}: </span>
      <span className="connection__text">{t(`connection.${state}`)}</span>
    </p>
  );
}
