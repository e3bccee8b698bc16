import type { Plan } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { planPaths } from '../paths';
import { PlanBadges } from './PlanBadges';

interface PlanListItemProps {
  plan: Plan;
  canEdit: boolean;
  canManage: boolean;
  onEdit: (plan: Plan) => void;
  onArchive: (plan: Plan) => void;
  onUnarchive: (plan: Plan) => void;
}

/** One plan: its title links to the editor; rename for members, archive for admins. */
export function PlanListItem({
  plan,
  canEdit,
  canManage,
  onEdit,
  onArchive,
  onUnarchive,
}: PlanListItemProps) {
  const { t } = useTranslation();
  return (
    <article className="card plan-card">
      <h2 className="card__title">
        <Link to={planPaths.plan(plan.id)}>{plan.title}</Link>
      </h2>
      <p className="plan-card__meta">
        <PlanBadges plan={plan} />
      </p>
      <p className="plan-card__updated">
        {t('plans.list.updated')}: {formatDate(plan.updatedAt)}
      </p>
      {canEdit || canManage ? (
        <div className="form__actions">
          {canEdit ? (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('plans.list.editNamed', { title: plan.title })}
              onClick={() => onEdit(plan)}
            >
              {t('plans.list.edit')}
            </button>
          ) : null}
          {canManage ? (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t(
                plan.archived ? 'plans.list.unarchiveNamed' : 'plans.list.archiveNamed',
                {
                  title: plan.title,
                },
              )}
              onClick={() => (plan.archived ? onUnarchive(plan) : onArchive(plan))}
            >
              {t(plan.archived ? 'plans.list.unarchive' : 'plans.list.archive')}
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
