import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../auth/session';
import { exchangePaths } from './paths';

/** The parts of the exchange area; the current one is marked with `aria-current`. */
export function ExchangeNav() {
  const { t } = useTranslation();
  const { user } = useSession();
  const coordinator =
    user?.platformRoles.some((role) => role === 'coordinator' || role === 'admin') ?? false;
  const links = [
    { to: exchangePaths.list, label: t('exchange.nav.exchanges'), end: true },
    { to: exchangePaths.reports, label: t('exchange.nav.reports'), end: false },
    { to: exchangePaths.calendar, label: t('exchange.nav.calendar'), end: true },
    { to: exchangePaths.matching(), label: t('exchange.nav.matching'), end: true },
    ...(coordinator
      ? [{ to: exchangePaths.fields, label: t('exchange.nav.fields'), end: true }]
      : []),
  ];
  return (
    <nav className="x-subnav" aria-label={t('exchange.nav.label')}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="x-subnav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
