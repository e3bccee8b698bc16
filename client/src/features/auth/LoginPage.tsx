import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/Page';
import { PublicLayout } from '../../components/PublicLayout';
import { safeNext } from '../../lib/paths';
import { LoginForm } from './LoginForm';
import { SsoLogin } from './SsoLogin';

export function LoginPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  return (
    <PublicLayout>
      <Page title={t('login.title')} intro={t('login.intro')}>
        <LoginForm next={safeNext(searchParams.get('next'))} />
        <SsoLogin next={safeNext(searchParams.get('next'))} error={searchParams.get('sso')} />
      </Page>
    </PublicLayout>
  );
}
