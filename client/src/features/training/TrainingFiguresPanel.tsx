import { endpoints, FieldOfActionSchema, type TrainingFigures } from '@pnetz/shared';
import { downloadUrl } from '../programme/upload';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import { formatNumber } from '../../lib/format';
import { trainingFiguresQuery } from './queries';
import './training.css';

type Rows = TrainingFigures['byOffer'];

/** Participants per offer, council and field of action, for the programme dashboard. */
export function TrainingFiguresPanel() {
  const { t } = useTranslation();
  const query = useQuery(trainingFiguresQuery);
  if (!query.data) return null;
  const figures = query.data;
  const table = (caption: string, rows: Rows, label: (row: Rows[number]) => string) => (
    <TableScroll label={caption}>
      <table className="t-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.figures.name')}</th>
            <th scope="col">{t('training.figures.registered')}</th>
            <th scope="col">{t('training.figures.attended')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{label(row)}</th>
              <td>{formatNumber(row.registered)}</td>
              <td>{formatNumber(row.attended)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
  return (
    <section className="section t-figures" aria-labelledby="t-figures">
      <h2 id="t-figures" className="section__title">
        {t('training.figures.title')}
      </h2>
      <p>
        <a
          className="button button--secondary"
          href={downloadUrl(endpoints.programme.export.path, { format: 'csv', table: 'training' })}
          download
        >
          {t('training.figures.csv')}
        </a>
      </p>
      {table(t('training.figures.byOffer'), figures.byOffer, (row) => row.label)}
      {table(t('training.figures.byCouncil'), figures.byCouncil, (row) =>
        row.key === 'none' ? t('training.figures.noCouncil') : row.label,
      )}
      {table(t('training.figures.byField'), figures.byField, (row) => {
        const field = FieldOfActionSchema.safeParse(row.key).data;
        return field ? t(`vocab.field.${field}`) : row.key;
      })}
    </section>
  );
}
