import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ConfirmDialog } from './ConfirmDialog';

/** A page with a button that opens the dialog, as the features use it. */
function Harness({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false);
  const [cancelled, setCancelled] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Maßnahme löschen
      </button>
      <a href="#weiter">Weiter unten</a>
      <p>Abgebrochen: {cancelled}</p>
      <ConfirmDialog
        open={open}
        title="Maßnahme löschen?"
        text="Die Maßnahme wird für alle gelöscht."
        confirmLabel="Löschen"
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
        onCancel={() => {
          setOpen(false);
          setCancelled((n) => n + 1);
        }}
      />
    </>
  );
}

async function openDialog(onConfirm: () => void = () => undefined) {
  render(<Harness onConfirm={onConfirm} />);
  await userEvent.click(screen.getByRole('button', { name: 'Maßnahme löschen' }));
  return screen.getByRole('dialog', { name: 'Maßnahme löschen?' });
}

describe('ConfirmDialog (in Chromium)', () => {
  it('is closed and out of reach until it is opened', () => {
    render(<Harness onConfirm={() => undefined} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens as a modal named by its title and described by its text, Cancel focused', async () => {
    const dialog = await openDialog();
    expect(dialog).toHaveAttribute('open');
    expect(dialog.matches(':modal')).toBe(true);
    expect(dialog).toHaveAccessibleDescription('Die Maßnahme wird für alle gelöscht.');
    // Enter alone must never confirm: the first focus is on "Abbrechen".
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
  });

  it('keeps keyboard focus inside while open', async () => {
    const dialog = await openDialog();
    const outside = [
      screen.getByText('Maßnahme löschen', { selector: 'button' }),
      screen.getByText('Weiter unten'),
    ];
    for (let i = 0; i < 6; i++) {
      await userEvent.keyboard(i % 2 === 0 ? '{Tab}' : '{Shift>}{Tab}{/Shift}{Tab}{Tab}');
      for (const element of outside) expect(element).not.toHaveFocus();
    }
    await userEvent.keyboard('{Tab}');
    const focused = document.activeElement;
    expect(focused === document.body || dialog.contains(focused)).toBe(true);
  });

  it('confirms only through its confirm button; Enter on the first focus cancels', async () => {
    const onConfirm = vi.fn();
    await openDialog(onConfirm);
    await userEvent.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText('Abgebrochen: 1')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Maßnahme löschen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Löschen' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Abgebrochen: 1')).toBeInTheDocument();
  });

  it('reports Escape as a cancel, once', async () => {
    const onConfirm = vi.fn();
    await openDialog(onConfirm);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Abgebrochen: 1')).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
