import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../lib/paths';

export function Brand() {
  const { t } = useTranslation();
  return (
    <Link className="brand" to={paths.home} aria-label={t('app.homeLink')}>
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <path d="M16 3 5 7v8c0 7 4.7 11.8 11 14 6.3-2.2 11-7 11-14V7L16 3Z" />
        <circle cx="16" cy="15" r="4" />
      </svg>
      <span className="brand__name">{t('app.name')}</span>
    </Link>
  );
}
