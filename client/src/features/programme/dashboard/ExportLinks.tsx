import { endpoints, type Day } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../format';
import { downloadUrl } from '../upload';

/** Downloads for the ministry and for further work in a spreadsheet, all for the chosen day. */
export function ExportLinks({ asOf }: { asOf: Day }) {
  const { t } = useTranslation();
  const exportPath = endpoints.programme.export.path;
  const links = [
    { key: 'pdf', href: downloadUrl(endpoints.programme.report.path, { asOf }) },
    { key: 'xlsx', href: downloadUrl(exportPath, { format: 'xlsx', asOf }) },
    {
      key: 'csvMunicipalities',
      href: downloadUrl(exportPath, { format: 'csv', table: 'municipalities', asOf }),
    },
    { key: 'csvFunding', href: downloadUrl(exportPath, { format: 'csv', table: 'funding', asOf }) },
  ] as const;
  return (
    <>
      <p>{t('programme.export.intro', { date: formatDay(asOf) })}</p>
      <ul className="programme-exports">
        {links.map((link) => (
          <li key={link.key}>
            <a className="button button--secondary" href={link.href} download>
              {t(`programme.export.${link.key}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="programme-hint">{t('programme.export.csvHint')}</p>
    </>
  );
}
