import { endpoints } from '@pnetz/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A plain link: the server answers with a JSON file to download (Content-Disposition). */
export function DataExport() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id} className="section__title">
        {t('profile.exportTitle')}
      </h2>
      <p>{t('profile.exportText')}</p>
      <a className="button button--secondary" href={endpoints.privacy.exportData.path} download>
        {t('profile.exportLink')}
      </a>
    </section>
  );
}
