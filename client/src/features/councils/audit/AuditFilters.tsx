import { AUDIT_ACTIONS, AuditActionSchema, IdSchema } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { membersQuery, type AuditFilters as Filters } from '../queries';

const value = (data: FormData, name: string) => {
  const raw = data.get(name);
  return typeof raw === 'string' && raw !== '' ? raw : undefined;
};

/** Filter by what happened, who did it, and a date range. */
export function AuditFilters({
  workspaceId,
  onApply,
}: {
  workspaceId: string;
  onApply: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const members = useQuery(membersQuery(workspaceId));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const action = AuditActionSchema.safeParse(value(data, 'action'));
    const actorId = IdSchema.safeParse(value(data, 'actorId'));
    const from = value(data, 'from');
    const to = value(data, 'to');
    onApply({
      ...(action.success ? { action: action.data } : {}),
      ...(actorId.success ? { actorId: actorId.data } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
  };

  return (
    <form className="form filters" onSubmit={submit} aria-label={t('audit.filters')}>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('audit.what')}</label>
          <select id={`${id}-action`} name="action" defaultValue="">
            <option value="">{t('audit.allActions')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`audit.action.${action}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-actor`}>{t('audit.who')}</label>
          <select id={`${id}-actor`} name="actorId" defaultValue="">
            <option value="">{t('audit.allPeople')}</option>
            {(members.data?.items ?? []).map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('audit.from')}</label>
          <input id={`${id}-from`} name="from" type="date" className="input" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('audit.to')}</label>
          <input id={`${id}-to`} name="to" type="date" className="input" />
        </div>
      </div>
      <div className="form__actions">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
      </div>
    </form>
  );
}
