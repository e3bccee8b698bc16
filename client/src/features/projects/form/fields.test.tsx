import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CheckboxGroup, InputField, ListEditor, SelectField, TextAreaField } from './fields';

const FIELDS = [
  { value: 'violence', label: 'Gewaltprävention' },
  { value: 'traffic', label: 'Verkehrssicherheit' },
] as const;
type Field = (typeof FIELDS)[number]['value'];

function Controlled({ error }: { error?: string }) {
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [field, setField] = useState<Field | ''>('');
  const [fields, setFields] = useState<Field[]>([]);
  return (
    <form aria-label="Projekt">
      <InputField
        id="title"
        label="Titel"
        hint="Höchstens 120 Zeichen."
        error={error}
        required
        value={title}
        onChange={setTitle}
      />
      <TextAreaField id="summary" label="Kurzbeschreibung" value={summary} onChange={setSummary} />
      <SelectField
        id="field"
        label="Handlungsfeld"
        empty="Bitte wählen"
        options={FIELDS}
        value={field}
        onChange={setField}
      />
      <CheckboxGroup
        id="fields"
        label="Weitere Handlungsfelder"
        error={error}
        options={FIELDS}
        values={fields}
        onChange={setFields}
      />
      <output aria-label="Stand">{JSON.stringify({ title, summary, field, fields })}</output>
    </form>
  );
}

const state = (): unknown =>
  JSON.parse(screen.getByRole('status', { name: 'Stand' }).textContent ?? '');

describe('project form fields', () => {
  it('tie labels to their controls and report what is typed and chosen', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Sichere Wege');
    await user.type(screen.getByRole('textbox', { name: 'Kurzbeschreibung' }), 'Zur Schule');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Handlungsfeld' }),
      'Verkehrssicherheit',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Gewaltprävention' }));
    await user.click(screen.getByRole('checkbox', { name: 'Verkehrssicherheit' }));
    await user.click(screen.getByRole('checkbox', { name: 'Gewaltprävention' }));
    expect(state()).toEqual({
      title: 'Sichere Wege',
      summary: 'Zur Schule',
      field: 'traffic',
      fields: ['traffic'],
    });
  });

  it('mark a required field visibly and for assistive technology', () => {
    render(<Controlled />);
    const title = screen.getByRole('textbox', { name: 'Titel' });
    expect(title).toBeRequired();
    // The star is for the eye only: the accessible name stays "Titel".
    expect(screen.getByText('*')).toHaveAttribute('aria-hidden', 'true');
  });

  it('describe a control by its hint, and by hint and error when invalid', () => {
    const { rerender } = render(<Controlled />);
    const title = screen.getByRole('textbox', { name: 'Titel' });
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(title).toHaveAccessibleDescription('Höchstens 120 Zeichen.');

    rerender(<Controlled error="Bitte geben Sie einen Titel ein." />);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(
      'Höchstens 120 Zeichen. Bitte geben Sie einen Titel ein.',
    );
    const group = screen.getByRole('group', { name: 'Weitere Handlungsfelder' });
    expect(group).toHaveAccessibleDescription('Bitte geben Sie einen Titel ein.');
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeInvalid();
  });
});

describe('ListEditor', () => {
  function Partners() {
    const [items, setItems] = useState<string[]>(['Polizei']);
    return (
      <ListEditor
        legend="Partner"
        items={items}
        addLabel="Partner hinzufügen"
        removeLabel={(n) => `Partner ${n} entfernen`}
        onChange={setItems}
        create={() => ''}
      >
        {(item, index, update) => (
          <InputField
            id={`partner-${index}`}
            label={`Partner ${index + 1}`}
            value={item}
            onChange={update}
          />
        )}
      </ListEditor>
    );
  }

  it('adds, edits and removes entries, each remove button naming its entry', async () => {
    const user = userEvent.setup();
    render(<Partners />);
    await user.click(screen.getByRole('button', { name: 'Partner hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Partner 2' }), 'Schule');
    await user.click(screen.getByRole('button', { name: 'Partner hinzufügen' }));
    await user.type(screen.getByRole('textbox', { name: 'Partner 3' }), 'Verein');

    await user.click(screen.getByRole('button', { name: 'Partner 2 entfernen' }));
    const values = screen.getAllByRole('textbox').map((box) => (box as HTMLInputElement).value);
    expect(values).toEqual(['Polizei', 'Verein']);
    expect(screen.getByRole('group', { name: 'Partner' })).toBeVisible();
  });
});
