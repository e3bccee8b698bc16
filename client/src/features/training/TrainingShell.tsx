import { Outlet } from 'react-router';
import { AppLayout } from '../../components/AppLayout';
import { LoadingState } from '../../components/LoadingState';
import { PublicLayout } from '../../components/PublicLayout';
import { useSession } from '../auth/session';
import './training.css';

/**
 * The catalogue is open to everyone: signed-in people see it inside the app, guests in the
 * public frame (they register by e-mail).
 */
export function TrainingShell() {
  const { user, isPending } = useSession();
  if (isPending) return <LoadingState />;
  if (user) return <AppLayout />;
  return (
    <PublicLayout>
      <Outlet />
    </PublicLayout>
  );
}
