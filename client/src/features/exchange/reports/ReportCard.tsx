import type { ReportSummary } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FieldBadges } from '../FieldBadges';

/** A report in a list: title, council, fields and how many found it helpful. */
export function ReportCard({ report, to }: { report: ReportSummary; to: string }) {
  const { t } = useTranslation();
  const met = Object.values(report.quality).filter(Boolean).length;
  return (
    <article className="card x-card">
      <h2 className="card__title">
        <Link to={to}>{report.title}</Link>
      </h2>
      <p className="x-muted">{report.council.name}</p>
      <FieldBadges fields={report.fieldsOfAction} />
      {report.summary ? <p>{report.summary}</p> : null}
      <p className="x-muted">
        {t('reports.criteriaMet', { count: met })}
        {report.visibility === 'draft' ? ` · ${t('reports.visibility.draft')}` : ''}
        {report.helpfulCount > 0
          ? ` · ${t('reports.helpfulCount', { count: report.helpfulCount })}`
          : ''}
      </p>
    </article>
  );
}
