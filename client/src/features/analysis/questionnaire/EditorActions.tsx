import { useTranslation } from 'react-i18next';

/**
 * The instrument editor's toolbar buttons: the preview switch and, while the instrument may still
 * change, its save button (enabled once there is something unsaved and no save is running).
 */
export function EditorActions({
  preview,
  onPreviewChange,
  editable,
  saving,
  dirty,
  onSave,
  saveLabel,
}: {
  preview: boolean;
  onPreviewChange: (preview: boolean) => void;
  editable: boolean;
  saving: boolean;
  dirty: boolean;
  onSave: () => void;
  saveLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={preview}
        onClick={() => onPreviewChange(!preview)}
      >
        {t('survey.editor.preview')}
      </button>
      {editable ? (
        <button type="button" className="button" disabled={saving || !dirty} onClick={onSave}>
          {saveLabel}
        </button>
      ) : null}
    </>
  );
}
