import { useTranslation } from 'react-i18next';

interface MeasureActionsProps {
  title: string;
  open: boolean;
  formId: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** Edit (opens or closes the measure's form) and delete, each naming the measure for screen readers. */
export function MeasureActions({ title, open, formId, onEdit, onDelete }: MeasureActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="measure-actions">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        aria-label={t(open ? 'plans.measures.closeNamed' : 'plans.measures.editNamed', { title })}
        onClick={onEdit}
      >
        {t(open ? 'plans.measures.close' : 'plans.measures.edit')}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t('plans.measures.deleteNamed', { title })}
        onClick={onDelete}
      >
        {t('plans.measures.delete')}
      </button>
    </div>
  );
}
