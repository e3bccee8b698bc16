import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TextField } from '../../../ui/form/Field';
import { ListEditor } from './fields';

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
          <TextField
            id={`partner-${index}`}
            label={`Partner ${index + 1}`}
            value={item}
            onValueChange={update}
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
