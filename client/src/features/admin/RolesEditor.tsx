import { PLATFORM_ROLES, type AdminUser, type PlatformRole } from '@pnetz/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey, isApiError } from '../../lib/api';
import { useSetPlatformRoles } from './mutations';
import { CheckboxGroup } from '../../ui/form/Field';

interface RolesEditorProps {
  account: AdminUser;
  /** Announces a saved change to screen readers. */
  onSaved: (text: string) => void;
}

/** The server refuses to take the role from the last platform admin and names this field. */
const refusedLastAdmin = (error: unknown) =>
  isApiError(error, 'conflict') && error.fields.some((f) => f.path === 'body.platformRoles');

/**
 * One account's platform roles as checkboxes with their own save button, inside the table row.
 * Unsaved ticks are kept apart from the saved roles, so a refusal shows the roles that still hold.
 */
export function RolesEditor({ account, onSaved }: RolesEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSetPlatformRoles();
  const [draft, setDraft] = useState<PlatformRole[] | null>(null);
  // When the list brings other saved roles (after a save, or a change by someone else), they win.
  const savedKey = account.platformRoles.join(',');
  const [seenKey, setSeenKey] = useState(savedKey);
  if (seenKey !== savedKey) {
    setSeenKey(savedKey);
    setDraft(null);
  }
  const roles = draft ?? account.platformRoles;

  const setRoles = (next: PlatformRole[]) => {
    save.reset();
    setDraft(next);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      { userId: account.id, platformRoles: PLATFORM_ROLES.filter((role) => roles.includes(role)) },
      {
        onSuccess: (updated) => {
          // Shown at once; the refreshed list confirms it.
          setDraft(updated.platformRoles);
          onSaved(t('admin.accounts.saved', { name: account.name }));
        },
        onError: () => setDraft(null),
      },
    );
  };

  const errorId = `${id}-error`;
  return (
    <form className="admin-roles" noValidate onSubmit={submit}>
      <CheckboxGroup
        id={id}
        className="admin-roles__set"
        legendClassName="visually-hidden"
        label={t('admin.accounts.rolesOf', { name: account.name })}
        describedBy={save.error ? errorId : undefined}
        options={PLATFORM_ROLES.map((role) => ({ value: role, label: t(`admin.roles.${role}`) }))}
        values={roles}
        onChange={setRoles}
      />
      <button
        type="submit"
        className="button button--secondary"
        aria-label={t('admin.accounts.saveNamed', { name: account.name })}
        aria-disabled={save.isPending}
      >
        {t('admin.accounts.save')}
      </button>
      {save.error ? (
        <p id={errorId} className="admin-roles__error" role="alert">
          {refusedLastAdmin(save.error) ? t('admin.accounts.lastAdmin') : t(errorKey(save.error))}
        </p>
      ) : null}
    </form>
  );
}
