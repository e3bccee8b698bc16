import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { MeasureCards } from './MeasureCards';
import { MeasureTable } from './MeasureTable';
import { addMeasure, deleteMeasure, type MeasureEntry } from './measure-model';
import { titleText } from './measure-display';
import { useMeasures } from './useMeasures';

type View = 'table' | 'cards';

/** The plan's measures, live for everyone: as a table or as cards, editable by members. */
export function MeasuresSection({ doc, editable }: { doc: Y.Doc; editable: boolean }) {
  const { t } = useTranslation();
  const entries = useMeasures(doc);
  const [view, setView] = useState<View>('table');
  const [editing, setEditing] = useState<string | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<MeasureEntry | null>(null);

  const listProps = {
    entries,
    editable,
    editing: editable ? editing : null,
    justAdded,
    onEdit: (id: string | null) => {
      setEditing(id);
      setJustAdded(null);
    },
    onDelete: setDeleting,
  };

  return (
    <section className="section plan-section" aria-labelledby="measures-heading">
      <div className="plan-section__head">
        <h2 id="measures-heading" className="section__title">
          {t('plans.measures.heading')}
        </h2>
        <div className="segmented" role="group" aria-label={t('plans.measures.viewLabel')}>
          {(['table', 'cards'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="segmented__button"
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {t(`plans.measures.view.${option}`)}
            </button>
          ))}
        </div>
      </div>
      {entries.length === 0 ? (
        <EmptyState text={t(editable ? 'plans.measures.empty' : 'plans.measures.emptyReadOnly')} />
      ) : view === 'table' ? (
        <MeasureTable {...listProps} />
      ) : (
        <MeasureCards {...listProps} />
      )}
      {editable ? (
        <p className="plan-section__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              const id = addMeasure(doc);
              setEditing(id);
              setJustAdded(id);
            }}
          >
            {t('plans.measures.add')}
          </button>
        </p>
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t('plans.measures.deleteConfirmTitle')}
        text={t('plans.measures.deleteConfirmText', {
          title: titleText(t, deleting?.fields.title ?? ''),
        })}
        confirmLabel={t('plans.measures.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) deleteMeasure(doc, deleting.fields.id);
          setDeleting(null);
        }}
      />
    </section>
  );
}
