import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../auth/session';
import { canFoundCouncils, canManageAccounts, canReadPlatformOutbox } from './access';
import { adminPaths } from './paths';

/** The administration pages the signed-in person may use; the current one is marked. */
export function AdminNav() {
  const { t } = useTranslation();
  const { user } = useSession();
  const links = [
    ...(canManageAccounts(user)
      ? [{ to: adminPaths.accounts, label: t('admin.nav.accounts') }]
      : []),
    ...(canFoundCouncils(user)
      ? [{ to: adminPaths.foundCouncil, label: t('admin.nav.foundCouncil') }]
      : []),
    ...(canReadPlatformOutbox(user)
      ? [{ to: adminPaths.outbox, label: t('platformOutbox.nav') }]
      : []),
  ];
  if (links.length === 0) return null;
  return (
    <nav className="council-nav" aria-label={t('admin.nav.label')}>
      <ul className="council-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink className="council-nav__link" to={link.to} end>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
