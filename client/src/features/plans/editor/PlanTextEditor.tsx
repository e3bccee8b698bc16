import { PLAN_DOCUMENT } from '@pnetz/shared';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Editor, Extensions } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorToolbar } from './EditorToolbar';
import { planTextExtensions } from './extensions';
import type { PlanConnection } from './plan-connection';
import { readPresenceUser, type PresenceUser } from './presence-user';

const EDITOR_ID = 'plan-text-editor';

/** Another person's cursor: a coloured bar with their name; screen readers get names elsewhere. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const person = readPresenceUser(user);
  const caret = document.createElement('span');
  caret.className = 'caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = person?.color ?? '#4a5666';
  const label = document.createElement('span');
  label.className = 'caret__label';
  label.style.backgroundColor = person?.color ?? '#4a5666';
  label.textContent = person?.name ?? '';
  caret.append(label);
  return caret;
}

interface PlanTextEditorProps {
  connection: PlanConnection;
  user: PresenceUser;
  editable: boolean;
  labelledBy: string;
  /** Further nodes of this kind of document (a report's figure blocks); keep the array stable. */
  extensions?: Extensions;
  /** Controls beside the toolbar that work on the editor, shown while editing. */
  renderExtra?: (editor: Editor) => ReactNode;
}

/** The plan's rich text, bound to the Yjs document, with everyone's cursors and selections. */
export function PlanTextEditor({
  connection,
  user,
  editable,
  labelledBy,
  extensions = [],
  renderExtra,
}: PlanTextEditorProps) {
  const { t } = useTranslation();
  const editor = useEditor(
    {
      extensions: [
        ...planTextExtensions(),
        ...extensions,
        Collaboration.configure({ document: connection.doc, field: PLAN_DOCUMENT.text }),
        CollaborationCaret.configure({
          // The caret extension needs only the awareness, which outlives provider changes.
          provider: { awareness: connection.awareness },
          user,
          render: renderCaret,
        }),
      ],
      editable,
      editorProps: { attributes: editorAttributes(editable, labelledBy) },
    },
    // A new document (another plan, another user) needs a new editor; the rest is updated below.
    [connection],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(editable, false);
    editor.setOptions({ editorProps: { attributes: editorAttributes(editable, labelledBy) } });
  }, [editor, editable, labelledBy]);

  return (
    <div className={`text-editor${editable ? '' : ' text-editor--read-only'}`}>
      {editable && editor ? <EditorToolbar editor={editor} editorId={EDITOR_ID} /> : null}
      {editable && editor && renderExtra ? renderExtra(editor) : null}
      <EditorContent editor={editor} className="text-editor__content" />
      {editable ? <p className="text-editor__hint">{t('plans.editor.hint')}</p> : null}
    </div>
  );
}

function editorAttributes(editable: boolean, labelledBy: string): Record<string, string> {
  return {
    id: EDITOR_ID,
    class: 'prose',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelledBy,
    'aria-readonly': String(!editable),
  };
}
