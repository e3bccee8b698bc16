import type { AuditEvent } from '@pnetz/shared';
import type { TFunction } from 'i18next';

/** Details worth showing next to an entry: role and visibility changes, changed fields. */
export function auditDetails(event: AuditEvent, t: TFunction): string {
  const { details } = event;
  const role = (value: unknown) =>
    typeof value === 'string' && ['admin', 'member', 'guest'].includes(value)
      ? t(`vocab.role.${value as 'admin'}`)
      : null;
  const visibility = (value: unknown) =>
    typeof value === 'string' && ['workspace', 'network', 'public'].includes(value)
      ? t(`vocab.visibility.${value as 'workspace'}`)
      : null;
  switch (event.action) {
    case 'member.role_changed':
      return t('audit.details.change', { from: role(details.from), to: role(details.to) });
    case 'visibility.changed':
      return t('audit.details.change', {
        from: visibility(details.from),
        to: visibility(details.to),
      });
    case 'member.joined':
    case 'invitation.created':
      return role(details.role) ?? '';
    case 'workspace.updated':
      return typeof details.fields === 'string'
        ? details.fields
            .split(',')
            .map((field) => t(`settings.fields.${field as 'name'}`, { defaultValue: field }))
            .join(', ')
        : '';
    case 'admin.login':
      return details.method === 'oidc' ? t('audit.details.sso') : t('audit.details.password');
    default:
      return '';
  }
}
