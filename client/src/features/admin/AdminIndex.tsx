import { Navigate } from 'react-router';
import { useSession } from '../auth/session';
import { adminEntryPath } from './access';
import { adminPaths } from './paths';

/** `/verwaltung` leads to the first page the person may use (or to the accounts page's notice). */
export function AdminIndex() {
  const { user } = useSession();
  return <Navigate to={adminEntryPath(user) ?? adminPaths.accounts} replace />;
}
