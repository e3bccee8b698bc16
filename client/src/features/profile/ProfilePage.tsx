import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { useSession } from '../auth/session';
import '../councils/councils.css';
import { DataExport } from './DataExport';
import { DeleteAccount } from './DeleteAccount';
import { EmailForm } from './EmailForm';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';
import { SessionList } from './SessionList';
import './profile.css';

/**
 * The own account: name and language, address, password, signed-in sessions, the data export,
 * and deleting the account.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  return (
    <Page title={t('profile.title')} intro={t('profile.intro', { email: user.email })}>
      <ProfileForm user={user} />
      <EmailForm email={user.email} />
      <PasswordForm />
      <SessionList />
      <DataExport />
      <DeleteAccount email={user.email} />
    </Page>
  );
}
