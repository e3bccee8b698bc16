import type { MatchReason } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';

/** Why something was suggested, in words. */
export function ReasonList({ reasons }: { reasons: MatchReason[] }) {
  const { t } = useTranslation();
  const text = (reason: MatchReason): string => {
    switch (reason.reason) {
      case 'same_field':
        return t('matching.reason.same_field', {
          fields: reason.fields.map((field) => t(`vocab.field.${field}`)).join(', '),
        });
      case 'size_class':
        return t('matching.reason.size_class', { size: t(`matching.sizeClass.${reason.class}`) });
      case 'same_district':
        return t('matching.reason.same_district', { district: reason.district });
      case 'nearby':
        return t('matching.reason.nearby', { km: reason.km });
      case 'recent_activity':
        return t('matching.reason.recent_activity');
      case 'experience_report':
        return t('matching.reason.experience_report', { count: reason.count });
    }
  };
  return (
    <ul className="x-reasons" aria-label={t('matching.why')}>
      {reasons.map((reason) => (
        <li key={reason.reason}>{text(reason)}</li>
      ))}
    </ul>
  );
}
