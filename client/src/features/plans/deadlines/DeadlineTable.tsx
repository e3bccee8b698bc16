import type { Measure } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { formatDay } from '../format';
import { responsibleText, titleText } from '../measures/measure-display';
import { planPaths } from '../paths';
import { TableScroll } from '../../../components/TableScroll';

interface DeadlineTableProps {
  headingId: string;
  measures: Measure[];
  emptyText: string;
}

/** Measures with their plan, who is responsible and the deadline (18.05.2021). */
export function DeadlineTable({ headingId, measures, emptyText }: DeadlineTableProps) {
  const { t } = useTranslation();
  if (measures.length === 0) return <EmptyState text={emptyText} />;
  return (
    <TableScroll labelledBy={headingId}>
      <table className="data-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('plans.deadlines.columns.measure')}</th>
            <th scope="col">{t('plans.deadlines.columns.plan')}</th>
            <th scope="col">{t('plans.deadlines.columns.responsible')}</th>
            <th scope="col">{t('plans.deadlines.columns.deadline')}</th>
            <th scope="col">{t('plans.deadlines.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={`${measure.planId}:${measure.id}`}>
              <th scope="row">{titleText(t, measure.title)}</th>
              <td>
                <Link to={planPaths.plan(measure.planId)}>{measure.planTitle}</Link>
              </td>
              <td>{responsibleText(measure)}</td>
              <td>{formatDay(measure.deadline)}</td>
              <td>{t(`plans.status.${measure.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
