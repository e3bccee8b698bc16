import type { WorkspaceProfile } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { councilPaths } from './paths';

/** The council's sections; only those the caller may use are offered. */
export function CouncilNav({ council }: { council: WorkspaceProfile }) {
  const { t } = useTranslation();
  const { permissions } = council;
  const links = [
    { to: councilPaths.home(council.id), label: t('council.nav.home'), show: true, end: true },
    {
      to: `${councilPaths.home(council.id)}/sicherheitsanalyse`,
      label: t('analysis.nav'),
      show: council.myRole !== null,
    },
    {
      to: councilPaths.members(council.id),
      label: t('council.nav.members'),
      show: permissions.readMembers,
    },
    {
      to: `${councilPaths.home(council.id)}/dateien`,
      label: t('library.nav'),
      show: true,
    },
    {
      to: councilPaths.invitations(council.id),
      label: t('council.nav.invitations'),
      show: permissions.manageInvitations,
    },
    {
      to: councilPaths.audit(council.id),
      label: t('council.nav.audit'),
      show: permissions.readAudit,
    },
    {
      to: councilPaths.settings(council.id),
      label: t('council.nav.settings'),
      show: permissions.updateSettings,
    },
  ];
  return (
    <nav className="council-nav" aria-label={t('council.nav.label', { name: council.name })}>
      <ul className="council-nav__list">
        {links
          .filter((link) => link.show)
          .map((link) => (
            <li key={link.to}>
              <NavLink className="council-nav__link" to={link.to} end={link.end ?? false}>
                {link.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
