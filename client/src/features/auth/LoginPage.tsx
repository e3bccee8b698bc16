import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/Page';
import { PublicLayout } from '../../components/PublicLayout';
import { paths, safeNext } from '../../lib/paths';
import { LoginForm } from './LoginForm';
import { SsoLogin } from './SsoLogin';

export function LoginPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  return (
    <PublicLayout>
      <Page title={t('login.title')} intro={t('login.intro')}>
        <LoginForm next={safeNext(searchParams.get('next'))} />
        <p>
          <Link to={paths.forgotPassword}>{t('passwordReset.forgotLink')}</Link>
        </p>
        <SsoLogin next={safeNext(searchParams.get('next'))} error={searchParams.get('sso')} />
      </Page>
    </PublicLayout>
  );
}
