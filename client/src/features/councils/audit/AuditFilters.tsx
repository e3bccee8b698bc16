import { AUDIT_ACTIONS, AuditActionSchema, IdSchema } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextField } from '../../../ui/form/Field';
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
        <Select
          id={`${id}-action`}
          name="action"
          label={t('audit.what')}
          defaultValue=""
          empty={t('audit.allActions')}
          options={AUDIT_ACTIONS.map((action) => ({
            value: action,
            label: t(`audit.action.${action}`),
          }))}
        />
        <Select
          id={`${id}-actor`}
          name="actorId"
          label={t('audit.who')}
          defaultValue=""
          empty={t('audit.allPeople')}
          options={(members.data?.items ?? []).map((member) => ({
            value: member.userId,
            label: member.name,
          }))}
        />
        <TextField id={`${id}-from`} name="from" type="date" label={t('audit.from')} />
        <TextField id={`${id}-to`} name="to" type="date" label={t('audit.to')} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
      </div>
    </form>
  );
}
