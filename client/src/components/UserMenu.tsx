import type { SessionUser } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { adminEntryPath } from '../features/admin/access';
import { profilePath } from '../features/councils/paths';
import { useLogout, useSaveLanguage } from '../features/auth/mutations';
import { LanguageSelect } from './LanguageSelect';

export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const saveLanguage = useSaveLanguage();
  // Only for platform admins and programme coordinators; the server refuses everyone else anyway.
  const adminPath = adminEntryPath(user);
  return (
    <div className="user-menu" role="group" aria-label={t('userMenu.label')}>
      <p className="user-menu__who">
        <span className="user-menu__caption">{t('userMenu.signedInAs')}</span>{' '}
        <span className="user-menu__name">{user.name}</span>
      </p>
      <Link to={profilePath}>{t('userMenu.profile')}</Link>
      {adminPath ? <Link to={adminPath}>{t('userMenu.admin')}</Link> : null}
      <LanguageSelect id="user-language" onChanged={(language) => saveLanguage.mutate(language)} />
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={logout.isPending}
        onClick={() => {
          if (!logout.isPending) logout.mutate();
        }}
      >
        {t('userMenu.logout')}
      </button>
      {saveLanguage.isError ? (
        <p className="user-menu__error" role="alert">
          {t('userMenu.languageSaveFailed')}
        </p>
      ) : null}
      {logout.isError ? (
        <p className="user-menu__error" role="alert">
          {t('userMenu.logoutFailed')}
        </p>
      ) : null}
    </div>
  );
}
