import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { errorKey, isApiError } from '../lib/api';
import { NotFoundPage } from './NotFoundPage';
import { Page } from './Page';
import { PublicLayout } from './PublicLayout';

/** Error boundary content of a route: a 404 reads as "not found", anything else offers a reload. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Page title={t('routeError.title')}>
      <p role="alert">{isApiError(error) ? t(errorKey(error)) : t('routeError.text')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </button>
    </Page>
  );
}

/** The outermost error boundary: no layout is left to render into, so it brings its own. */
export function RootError() {
  return (
    <PublicLayout>
      <RouteError />
    </PublicLayout>
  );
}
