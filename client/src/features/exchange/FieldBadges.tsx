import type { FieldOfAction } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';

/** Handlungsfelder as small labels. */
export function FieldBadges({ fields }: { fields: readonly FieldOfAction[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <ul className="x-tags" aria-label={t('exchange.fieldsLabel')}>
      {fields.map((field) => (
        <li key={field} className="x-tag">
          {t(`vocab.field.${field}`)}
        </li>
      ))}
    </ul>
  );
}
