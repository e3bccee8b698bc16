import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>{t('app.footer')}</p>
      <p>
        <a href="/gute-praxis">{t('app.goodPractice')}</a>
      </p>
    </footer>
  );
}
