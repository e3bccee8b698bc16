import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkForm } from './LinkForm';
import { useRovingToolbar } from './useRovingToolbar';

type ToolName =
  | 'bold'
  | 'italic'
  | 'heading2'
  | 'heading3'
  | 'bulletList'
  | 'orderedList'
  | 'link'
  | 'insertTable'
  | 'addRow'
  | 'addColumn'
  | 'deleteRow'
  | 'deleteColumn'
  | 'deleteTable'
  | 'undo'
  | 'redo';

interface Tool {
  name: ToolName;
  /** Toggle buttons say whether their format is on; plain actions leave it out. */
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
}

function ToolButton({ name, pressed, disabled, onClick }: Tool) {
  const { t } = useTranslation();
  const label = t(`plans.toolbar.${name}`);
  return (
    <button
      type="button"
      className={`toolbar__button toolbar__button--${name}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      // Keep the editor's selection: a click must not move focus before the command runs.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      <span aria-hidden="true">{t(`plans.toolbar.short.${name}`)}</span>
    </button>
  );
}

/**
 * The formatting toolbar: one tab stop, arrow keys move between buttons (WAI-ARIA toolbar).
 * Table buttons appear while the cursor is in a table.
 */
export function EditorToolbar({ editor, editorId }: { editor: Editor; editorId: string }) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const toolbarRef = useRovingToolbar<HTMLDivElement>();
  const on = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading2: e.isActive('heading', { level: 2 }),
      heading3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const run = () => editor.chain().focus();

  const tools: Tool[] = [
    { name: 'bold', pressed: on.bold, onClick: () => run().toggleBold().run() },
    { name: 'italic', pressed: on.italic, onClick: () => run().toggleItalic().run() },
    {
      name: 'heading2',
      pressed: on.heading2,
      onClick: () => run().toggleHeading({ level: 2 }).run(),
    },
    {
      name: 'heading3',
      pressed: on.heading3,
      onClick: () => run().toggleHeading({ level: 3 }).run(),
    },
    { name: 'bulletList', pressed: on.bulletList, onClick: () => run().toggleBulletList().run() },
    {
      name: 'orderedList',
      pressed: on.orderedList,
      onClick: () => run().toggleOrderedList().run(),
    },
    { name: 'link', pressed: on.link, onClick: () => setLinkOpen((open) => !open) },
    {
      name: 'insertTable',
      onClick: () => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    ...(on.table
      ? ([
          { name: 'addRow', onClick: () => run().addRowAfter().run() },
          { name: 'addColumn', onClick: () => run().addColumnAfter().run() },
          { name: 'deleteRow', onClick: () => run().deleteRow().run() },
          { name: 'deleteColumn', onClick: () => run().deleteColumn().run() },
          { name: 'deleteTable', onClick: () => run().deleteTable().run() },
        ] satisfies Tool[])
      : []),
    { name: 'undo', disabled: !on.canUndo, onClick: () => run().undo().run() },
    { name: 'redo', disabled: !on.canRedo, onClick: () => run().redo().run() },
  ];

  return (
    <div className="toolbar-wrap">
      <div
        ref={toolbarRef}
        className="toolbar"
        role="toolbar"
        aria-label={t('plans.toolbar.label')}
        aria-controls={editorId}
      >
        {tools.map((tool) => (
          <ToolButton key={tool.name} {...tool} />
        ))}
      </div>
      {linkOpen ? <LinkForm editor={editor} onClose={() => setLinkOpen(false)} /> : null}
    </div>
  );
}
