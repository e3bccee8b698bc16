import type { PlanVersion } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { planTextExtensions } from '../editor/extensions';
import { MeasureTable } from '../measures/MeasureTable';
import { versionStateQuery } from '../queries';
import { readVersion, type VersionContent } from './version-document';
import { versionLabel } from './version-label';

function VersionBody({ content, labelId }: { content: VersionContent; labelId: string }) {
  const { t } = useTranslation();
  const editor = useEditor(
    {
      extensions: planTextExtensions(),
      content: content.text,
      editable: false,
      editorProps: {
        attributes: {
          class: 'prose',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-readonly': 'true',
          'aria-labelledby': labelId,
        },
      },
    },
    [content],
  );
  return (
    <>
      <h3 id={labelId}>{t('plans.history.viewerText')}</h3>
      <div className="text-editor text-editor--read-only">
        <EditorContent editor={editor} className="text-editor__content" />
      </div>
      <h3>{t('plans.measures.heading')}</h3>
      {content.measures.length === 0 ? (
        <EmptyState text={t('plans.measures.emptyReadOnly')} />
      ) : (
        <MeasureTable
          entries={content.measures}
          editable={false}
          editing={null}
          justAdded={null}
          onEdit={() => undefined}
          onDelete={() => undefined}
        />
      )}
    </>
  );
}

interface VersionViewerProps {
  planId: string;
  version: PlanVersion;
  canRestore: boolean;
  onRestore: () => void;
  onClose: () => void;
}

/** An old version, read-only, in a modal dialog; the live plan stays as it is. */
export function VersionViewer({
  planId,
  version,
  canRestore,
  onRestore,
  onClose,
}: VersionViewerProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const query = useQuery(versionStateQuery(planId, version.id));
  const content = useMemo(() => (query.data ? readVersion(query.data.state) : null), [query.data]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  let body;
  if (query.isPending) body = <LoadingState />;
  else if (query.error)
    body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (content) body = <VersionBody content={content} labelId={`${id}-text`} />;

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`} className="dialog__title">
        {t('plans.history.viewerTitle', { name: versionLabel(t, version) })}
      </h2>
      <p className="notice notice--info">{t('plans.history.viewerNote')}</p>
      {body}
      <div className="form__actions dialog__actions">
        {canRestore ? (
          <button type="button" className="button" onClick={onRestore}>
            {t('plans.history.restore')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          autoFocus
          // Closing the dialog itself returns focus to the button that opened it.
          onClick={() => ref.current?.close()}
        >
          {t('plans.history.close')}
        </button>
      </div>
    </dialog>
  );
}
