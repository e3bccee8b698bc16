import { useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/session';
import { useUserSync } from '../features/auth/useUserSync';
import { useMembershipUpdates } from '../features/councils/useMembershipUpdates';
import { MentionAlert } from '../features/exchange/discussion/MentionAlert';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { loginPath } from '../lib/paths';
import { Brand } from './Brand';
import { ConnectionStatus } from './ConnectionStatus';
import { LoadingState } from './LoadingState';
import { MainNav } from './MainNav';
import { MAIN_ID, SkipLink } from './SkipLink';
import { SiteFooter } from './SiteFooter';
import { SiteMenu } from './SiteMenu';
import { PHONE_QUERY, useMediaQuery } from './useMediaQuery';
import { UserMenu } from './UserMenu';

/** The signed-in area: header with navigation and user menu, the page, the footer. */
export function AppLayout() {
  const { user, isPending } = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(location.pathname);
  const phone = useMediaQuery(PHONE_QUERY);
  useUserSync(user);
  useMembershipUpdates();

  // After client-side navigation, move focus to the new content so screen readers start there.
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  if (!user) {
    if (isPending) return <LoadingState />;
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }

  return (
    <div className="app">
      <SkipLink />
      <header className="site-header">
        <div className="site-header__bar">
          <Brand />
          <div className="site-header__tools">
            <ConnectionStatus />
            <NotificationBell />
            {phone ? <SiteMenu user={user} /> : <UserMenu user={user} />}
          </div>
        </div>
        {phone ? null : <MainNav />}
      </header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <SiteFooter />
      <MentionAlert />
    </div>
  );
}
