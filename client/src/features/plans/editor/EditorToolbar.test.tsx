import { PLAN_DOCUMENT } from '@pnetz/shared';
import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorToolbar } from './EditorToolbar';
import { planTextExtensions } from './extensions';

const EDITOR_ID = 'plan-text-editor';

/** The plan editor as the page builds it: the plan schema bound to a Yjs document. */
function PlanEditor({ doc, onEditor }: { doc: Y.Doc; onEditor: (editor: Editor) => void }) {
  const editor = useEditor({
    extensions: [
      ...planTextExtensions(),
      Collaboration.configure({ document: doc, field: PLAN_DOCUMENT.text }),
    ],
    editorProps: { attributes: { id: EDITOR_ID } },
    onCreate: ({ editor: created }) => onEditor(created),
  });
  if (!editor) return null;
  return (
    <>
      <EditorToolbar editor={editor} editorId={EDITOR_ID} />
      <EditorContent editor={editor} />
    </>
  );
}

async function renderEditor(text = 'Sichere Schulwege') {
  const doc = new Y.Doc();
  let editor: Editor | undefined;
  render(<PlanEditor doc={doc} onEditor={(created) => (editor = created)} />);
  await waitFor(() => expect(editor).toBeDefined());
  act(() => {
    editor!.commands.setContent(`<p>${text}</p>`);
  });
  return { doc, editor: editor! };
}

/** The stored plan text as the server reads it: XML of the Yjs fragment (names in lower case). */
function storedText(doc: Y.Doc): string {
  return doc.getXmlFragment(PLAN_DOCUMENT.text).toString();
}

function toolbarButtons(): HTMLElement[] {
  return screen.getAllByRole('button');
}

describe('EditorToolbar', () => {
  it('is a named toolbar that controls the editor, with a name for every button', async () => {
    await renderEditor();
    const toolbar = screen.getByRole('toolbar', { name: 'Textformatierung' });
    expect(toolbar).toHaveAttribute('aria-controls', EDITOR_ID);
    const names = toolbarButtons().map((button) => button.getAttribute('aria-label'));
    expect(names).toEqual([
      'Fett',
      'Kursiv',
      'Überschrift',
      'Zwischenüberschrift',
      'Aufzählung',
      'Nummerierte Liste',
      'Link',
      'Tabelle einfügen',
      'Rückgängig',
      'Wiederholen',
    ]);
  });

  it('is one tab stop; arrow keys, Home and End move between buttons', async () => {
    const user = userEvent.setup();
    await renderEditor();
    const buttons = toolbarButtons();
    expect(buttons.filter((button) => button.tabIndex === 0)).toEqual([buttons[0]]);

    await user.tab();
    expect(screen.getByRole('button', { name: 'Fett' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Kursiv' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Überschrift' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowUp}');
    expect(screen.getByRole('button', { name: 'Wiederholen' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Fett' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Wiederholen' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'Fett' })).toHaveFocus();

    // Still one tab stop, at the button used last.
    await user.keyboard('{ArrowRight}');
    const tabStops = toolbarButtons().filter((button) => button.tabIndex === 0);
    expect(tabStops).toEqual([screen.getByRole('button', { name: 'Kursiv' })]);
  });

  it('toggles bold on the selection and says so with aria-pressed', async () => {
    const user = userEvent.setup();
    const { doc, editor } = await renderEditor('Sichere Schulwege');
    const bold = screen.getByRole('button', { name: 'Fett' });
    expect(bold).toHaveAttribute('aria-pressed', 'false');

    act(() => {
      editor.commands.setTextSelection({ from: 1, to: 8 });
    });
    await user.click(bold);
    expect(bold).toHaveAttribute('aria-pressed', 'true');
    expect(storedText(doc)).toContain('<bold>Sichere</bold>');

    await user.click(bold);
    expect(bold).toHaveAttribute('aria-pressed', 'false');
    expect(storedText(doc)).not.toContain('<bold>');
  });

  it('turns a paragraph into a level-2 heading and a bullet list', async () => {
    const user = userEvent.setup();
    const { doc } = await renderEditor('Ziele');
    const heading = screen.getByRole('button', { name: 'Überschrift' });
    await user.click(heading);
    expect(heading).toHaveAttribute('aria-pressed', 'true');
    expect(storedText(doc)).toMatch(/^<heading level="2">Ziele<\/heading>/);

    await user.click(heading);
    await user.click(screen.getByRole('button', { name: 'Aufzählung' }));
    expect(screen.getByRole('button', { name: 'Aufzählung' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(storedText(doc)).toMatch(
      /^<bulletlist><listitem><paragraph>Ziele<\/paragraph><\/listitem><\/bulletlist>/,
    );
  });

  it('shows the table tools only inside a table, and they are reachable by arrow keys', async () => {
    const user = userEvent.setup();
    const { doc } = await renderEditor('Text');
    expect(
      screen.queryByRole('button', { name: 'Tabellenzeile einfügen' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tabelle einfügen' }));
    expect(storedText(doc)).toContain('<table>');
    const addRow = await screen.findByRole('button', { name: 'Tabellenzeile einfügen' });
    const rows = () => storedText(doc).match(/<tablerow[ >]/g)?.length ?? 0;
    expect(rows()).toBe(3);
    await user.click(addRow);
    expect(rows()).toBe(4);

    screen.getByRole('button', { name: 'Tabelle einfügen' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(addRow).toHaveFocus();
    expect(toolbarButtons().filter((button) => button.tabIndex === 0)).toEqual([addRow]);

    await user.click(screen.getByRole('button', { name: 'Tabelle löschen' }));
    expect(storedText(doc)).not.toContain('<table>');
    expect(
      screen.queryByRole('button', { name: 'Tabellenzeile einfügen' }),
    ).not.toBeInTheDocument();
    // The tab stop moved to a button that still exists.
    expect(toolbarButtons().filter((button) => button.tabIndex === 0)).toHaveLength(1);
  });

  it('undoes and redoes one’s own change through the Yjs undo manager', async () => {
    const user = userEvent.setup();
    const { doc, editor } = await renderEditor('Rückblick');
    const undo = screen.getByRole('button', { name: 'Rückgängig' });
    const redo = screen.getByRole('button', { name: 'Wiederholen' });
    expect(redo).toHaveAttribute('aria-disabled', 'true');

    act(() => {
      editor.commands.selectAll();
    });
    await user.click(screen.getByRole('button', { name: 'Kursiv' }));
    expect(storedText(doc)).toContain('<italic>Rückblick</italic>');
    expect(undo).not.toHaveAttribute('aria-disabled');

    await user.click(undo);
    expect(storedText(doc)).not.toContain('<italic>');
    expect(redo).not.toHaveAttribute('aria-disabled');
    await user.click(redo);
    expect(storedText(doc)).toContain('<italic>Rückblick</italic>');
  });

  it('opens the link form and refuses an unsafe address with a described error', async () => {
    const user = userEvent.setup();
    const { doc, editor } = await renderEditor('Stadtportal');
    act(() => {
      editor.commands.selectAll();
    });
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const field = screen.getByRole('textbox', { name: 'Linkadresse' });
    expect(field).toHaveFocus();

    await user.type(field, 'javascript:alert(1){Enter}');
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(/.+/);
    expect(storedText(doc)).not.toContain('link');

    await user.clear(field);
    await user.type(field, 'www.leipzig.de{Enter}');
    expect(screen.queryByRole('form', { name: 'Link bearbeiten' })).not.toBeInTheDocument();
    expect(storedText(doc)).toContain('https://www.leipzig.de/');
    expect(screen.getByRole('button', { name: 'Link' })).toHaveAttribute('aria-pressed', 'true');
  });
});
