import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MeasureForm } from './MeasureForm';
import { addMeasure, readMeasures } from './measure-model';
import { useMeasures } from './useMeasures';

/** The form of the plan's first measure, live from the Yjs document as the plan page shows it. */
function FirstMeasure({ doc }: { doc: Y.Doc }) {
  const [entry] = useMeasures(doc);
  return entry ? <MeasureForm entry={entry} /> : null;
}

function renderMeasure() {
  const doc = new Y.Doc();
  addMeasure(doc);
  render(<FirstMeasure doc={doc} />);
  const stored = () => readMeasures(doc)[0]!.fields;
  return { doc, stored };
}

describe('MeasureForm', () => {
  it('writes every change straight into the shared measure', async () => {
    const user = userEvent.setup();
    const { stored } = renderMeasure();
    await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Schulwegpaten');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'in_progress');
    await user.type(screen.getByLabelText('Frist'), '2026-09-30');

    expect(stored()).toMatchObject({
      title: 'Schulwegpaten',
      status: 'in_progress',
      deadline: '2026-09-30',
    });
  });

  it('takes amounts as people write them and shows them formatted after leaving the field', async () => {
    const user = userEvent.setup();
    const { stored } = renderMeasure();
    const budget = screen.getByRole('textbox', { name: 'Budget (€)' });
    expect(budget).toHaveAccessibleDescription('In Euro, zum Beispiel 29.250');

    await user.type(budget, '29.250,50');
    expect(stored().budget).toBe(29250.5);
    await user.tab();
    expect(budget).toHaveValue('29.250,5');
  });

  it('marks a number it cannot read as invalid and keeps the last valid value', async () => {
    const user = userEvent.setup();
    const { stored } = renderMeasure();
    const progress = screen.getByRole('textbox', { name: 'Fortschritt (%)' });

    await user.clear(progress);
    await user.type(progress, '40');
    expect(stored().progress).toBe(40);
    await user.type(progress, '0');
    expect(progress).toBeInvalid();
    expect(progress).toHaveValue('400');
    expect(stored().progress).toBe(40);

    await user.tab();
    expect(progress).not.toBeInvalid();
    expect(progress).toHaveValue('40');
  });

  it('shows others’ changes, but not over what is being typed', async () => {
    const user = userEvent.setup();
    const { doc } = renderMeasure();
    const title = screen.getByRole('textbox', { name: 'Titel' });
    const budget = screen.getByRole('textbox', { name: 'Budget (€)' });
    const map = () => readMeasures(doc)[0]!.map;

    await act(() => map().set('title', 'Von Kollegin'));
    expect(title).toHaveValue('Von Kollegin');

    await user.type(budget, '100');
    await act(() => map().set('budget', 5000));
    expect(budget).toHaveValue('100');
    await user.tab();
    expect(budget).toHaveValue('5.000');
  });
});
