import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatPercent } from '../format';
import { MeasureActions } from './MeasureActions';
import { MeasureForm } from './MeasureForm';
import { responsibleText, titleText } from './measure-display';
import type { MeasureEntry } from './measure-model';
import type { MeasureListProps } from './MeasureCards';
import { TableScroll } from '../../../components/TableScroll';

/** The measures as a table; a measure being edited opens its form in a row below. */
export function MeasureTable({
  entries,
  editable,
  editing,
  justAdded,
  onEdit,
  onDelete,
}: MeasureListProps) {
  const { t } = useTranslation();
  const columns = editable ? 7 : 6;
  return (
    <TableScroll label={t('plans.measures.caption')}>
      <table className="data-table measure-table">
        <caption className="visually-hidden">{t('plans.measures.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.measures.fields.title')}</th>
            <th scope="col">{t('plans.measures.fields.fieldOfAction')}</th>
            <th scope="col">{t('plans.measures.responsible')}</th>
            <th scope="col">{t('plans.measures.fields.deadline')}</th>
            <th scope="col">{t('plans.measures.fields.status')}</th>
            <th scope="col">{t('plans.measures.progress')}</th>
            {editable ? <th scope="col">{t('plans.measures.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry: MeasureEntry) => {
            const { fields } = entry;
            const open = editing === fields.id;
            return (
              <Fragment key={fields.id}>
                <tr data-measure-id={fields.id}>
                  <th scope="row">{titleText(t, fields.title)}</th>
                  <td>{fields.fieldOfAction ? t(`vocab.field.${fields.fieldOfAction}`) : ''}</td>
                  <td>{responsibleText(fields)}</td>
                  <td>{formatDay(fields.deadline)}</td>
                  <td>{t(`plans.status.${fields.status}`)}</td>
                  <td>{formatPercent(fields.progress)}</td>
                  {editable ? (
                    <td>
                      <MeasureActions
                        title={titleText(t, fields.title)}
                        open={open}
                        formId={`measure-form-${fields.id}`}
                        onEdit={() => onEdit(open ? null : fields.id)}
                        onDelete={() => onDelete(entry)}
                      />
                    </td>
                  ) : null}
                </tr>
                {open ? (
                  <tr className="measure-table__form-row">
                    <td colSpan={columns} id={`measure-form-${fields.id}`}>
                      <MeasureForm entry={entry} focusTitle={justAdded === fields.id} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
