import { useTranslation } from 'react-i18next';
import { formatDay, formatPercent } from '../format';
import { MeasureActions } from './MeasureActions';
import { MeasureForm } from './MeasureForm';
import { RecommendationChange } from './RecommendationChange';
import { budgetText, responsibleText, titleText } from './measure-display';
import type { MeasureEntry } from './measure-model';

export interface MeasureListProps {
  entries: MeasureEntry[];
  editable: boolean;
  /** Id of the measure whose form is open. */
  editing: string | null;
  justAdded: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (entry: MeasureEntry) => void;
}

/** The measures as cards with every field; a card being edited shows its form instead. */
export function MeasureCards({
  entries,
  editable,
  editing,
  justAdded,
  onEdit,
  onDelete,
}: MeasureListProps) {
  const { t } = useTranslation();
  return (
    <ul className="card-list measure-cards">
      {entries.map((entry) => {
        const { fields } = entry;
        const open = editing === fields.id;
        const facts = [
          { key: 'goal', value: fields.goal },
          {
            key: 'fieldOfAction',
            value: fields.fieldOfAction ? t(`vocab.field.${fields.fieldOfAction}`) : '',
          },
          { key: 'responsible', value: responsibleText(fields) },
          { key: 'start', value: formatDay(fields.start) },
          { key: 'deadline', value: formatDay(fields.deadline) },
          { key: 'status', value: t(`plans.status.${fields.status}`) },
          { key: 'progress', value: formatPercent(fields.progress) },
          { key: 'indicator', value: fields.indicator },
          { key: 'budget', value: budgetText(fields.budget) },
          { key: 'notes', value: fields.notes },
        ] as const;
        return (
          <li key={fields.id} data-measure-id={fields.id}>
            <article className="card measure-card">
              <h3 className="card__title">{titleText(t, fields.title)}</h3>
              {open ? (
                <div id={`measure-card-form-${fields.id}`}>
                  <MeasureForm entry={entry} focusTitle={justAdded === fields.id} />
                </div>
              ) : (
                <dl className="facts">
                  {facts
                    .filter((fact) => fact.value !== '')
                    .map((fact) => (
                      <div className="facts__item" key={fact.key}>
                        <dt>{t(`plans.measures.card.${fact.key}`)}</dt>
                        <dd>{fact.value}</dd>
                      </div>
                    ))}
                </dl>
              )}
              {!open && typeof entry.map.get('linkedRecommendationId') === 'string' ? (
                <RecommendationChange
                  recommendationId={entry.map.get('linkedRecommendationId') as string}
                />
              ) : null}
              {editable ? (
                <MeasureActions
                  title={titleText(t, fields.title)}
                  open={open}
                  formId={`measure-card-form-${fields.id}`}
                  onEdit={() => onEdit(open ? null : fields.id)}
                  onDelete={() => onDelete(entry)}
                />
              ) : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
