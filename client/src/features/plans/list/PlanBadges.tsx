import type { Plan } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';

/** Kind, visibility and state of a plan as small labelled badges (text, not colour alone). */
export function PlanBadges({
  plan,
}: {
  plan: Pick<Plan, 'kind' | 'visibility' | 'archived' | 'access'>;
}) {
  const { t } = useTranslation();
  return (
    <span className="badges">
      <span className="badge">{t(`plans.kind.${plan.kind}`)}</span>
      <span className={`badge badge--visibility-${plan.visibility}`}>
        <span className="visually-hidden">{t('plans.visibilityLabel')}: </span>
        {t(`vocab.visibility.${plan.visibility}`)}
      </span>
      {plan.archived ? (
        <span className="badge badge--muted">{t('plans.archivedBadge')}</span>
      ) : null}
      {plan.access === 'read' ? (
        <span className="badge badge--muted">{t('plans.readOnlyBadge')}</span>
      ) : null}
    </span>
  );
}
