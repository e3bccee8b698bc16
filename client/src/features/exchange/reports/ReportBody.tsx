import type { PublicReport } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { FieldBadges } from '../FieldBadges';

const SECTIONS = [
  'whatWasDone',
  'whatWorked',
  'whatDidNotWork',
  'costAndEffort',
  'partners',
  'replicationNotes',
] as const;
const CRITERIA = ['clearProblem', 'interventionLogic', 'evaluated', 'replicable'] as const;

/** The content of a report, the same on the network page and the public good-practice page. */
export function ReportBody({ report }: { report: PublicReport }) {
  const { t } = useTranslation();
  const contact = [report.contact.name, report.contact.organisation].filter(Boolean).join(', ');
  return (
    <>
      <p className="x-muted">
        {report.council.name}
        {report.publishedAt
          ? ` · ${t('reports.publishedOn', { date: formatDate(report.publishedAt) })}`
          : ` · ${t('reports.visibility.draft')}`}
      </p>
      {report.summary ? <p className="page__intro">{report.summary}</p> : null}
      <FieldBadges fields={report.fieldsOfAction} />
      {SECTIONS.map((section) =>
        report[section] ? (
          <section key={section} className="section" aria-labelledby={`report-${section}`}>
            <h2 id={`report-${section}`} className="section__title">
              {t(`reports.section.${section}`)}
            </h2>
            <p className="x-prewrap">{report[section]}</p>
          </section>
        ) : null,
      )}
      <section className="section" aria-labelledby="report-quality">
        <h2 id="report-quality" className="section__title">
          {t('reports.quality.title')}
        </h2>
        <ul className="x-criteria">
          {CRITERIA.map((criterion) => (
            <li
              key={criterion}
              className={report.quality[criterion] ? 'x-criteria__met' : 'x-criteria__open'}
            >
              <span className="visually-hidden">
                {report.quality[criterion] ? t('reports.quality.met') : t('reports.quality.open')}
                :{' '}
              </span>
              <span aria-hidden="true">{report.quality[criterion] ? '✓ ' : '– '}</span>
              {t(`reports.quality.${criterion}`)}
            </li>
          ))}
        </ul>
        <p>
          {t('reports.evidence.label')}:{' '}
          {report.evidenceLevel
            ? t(`reports.evidence.${report.evidenceLevel}`)
            : t('reports.evidence.none')}
        </p>
      </section>
      {contact || report.contact.email || report.contact.phone ? (
        <section className="section" aria-labelledby="report-contact">
          <h2 id="report-contact" className="section__title">
            {t('reports.contact')}
          </h2>
          <p>
            {contact}
            {report.contact.email ? (
              <>
                {contact ? ' · ' : ''}
                <a href={`mailto:${report.contact.email}`}>{report.contact.email}</a>
              </>
            ) : null}
            {report.contact.phone ? ` · ${report.contact.phone}` : ''}
          </p>
        </section>
      ) : null}
    </>
  );
}
