import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { projectLinks } from '@pnetz/shared';
import { paths } from '../lib/paths';

/** Main sections; `NavLink` marks the current one with `aria-current="page"`. */
export function MainNav() {
  const { t } = useTranslation();
  const links = [
    { to: paths.overview, label: t('overview.nav'), end: true },
    { to: paths.councils, label: t('nav.councils'), end: false },
    { to: projectLinks.network, label: t('nav.projects'), end: false },
    { to: paths.exchange, label: t('nav.exchange'), end: false },
    { to: paths.programme, label: t('nav.programme'), end: false },
    { to: '/fortbildung', label: t('training.nav'), end: false },
    { to: '/suche', label: t('nav.search'), end: true },
  ];
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink className="main-nav__link" to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
