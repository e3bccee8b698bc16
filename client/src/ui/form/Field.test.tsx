import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../lib/api-error';
import {
  Checkbox,
  CheckboxGroup,
  Field,
  FormError,
  Radio,
  RadioGroup,
  Select,
  TextArea,
  TextField,
} from './Field';
import { focusFirstInvalid, serverFieldErrors } from './field-errors';

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
      <TextField
        id="title"
        label="Titel"
        hint="Höchstens 120 Zeichen."
        error={error}
        required
        markRequired
        value={title}
        onValueChange={setTitle}
      />
      <TextArea id="summary" label="Kurzbeschreibung" value={summary} onValueChange={setSummary} />
      <Select
        id="field"
        label="Handlungsfeld"
        empty="Bitte wählen"
        options={FIELDS}
        value={field}
        onValueChange={setField}
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

describe('the field kit in a controlled form', () => {
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

describe('TextField', () => {
  it('ties its label to the input', async () => {
    render(<TextField id="name" name="name" label="Name" />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveAttribute('id', 'name');
    await userEvent.click(screen.getByText('Name'));
    expect(input).toHaveFocus();
  });

  it('is valid and describes nothing without an error', () => {
    render(<TextField id="name" label="Name" />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).not.toBeInvalid();
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input.closest('.field')).not.toHaveClass('field--invalid');
  });

  it('marks the input invalid and announces the error through aria-describedby', () => {
    render(
      <TextField id="email" label="E-Mail" error="Bitte geben Sie Ihre E-Mail-Adresse ein." />,
    );
    const input = screen.getByRole('textbox', { name: 'E-Mail' });
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('Bitte geben Sie Ihre E-Mail-Adresse ein.');
    expect(input.closest('.field')).toHaveClass('field--invalid');
  });

  it('passes other input attributes through and keeps its own class', () => {
    render(<TextField id="pw" label="Passwort" type="password" className="input--wide" required />);
    const input = screen.getByLabelText('Passwort');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toBeRequired();
    expect(input).toHaveClass('input', 'input--wide');
  });

  it('drops the description again when the error is corrected', () => {
    const { rerender } = render(<TextField id="name" label="Name" error="Zu kurz." />);
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Zu kurz.');
    rerender(<TextField id="name" label="Name" />);
    expect(screen.getByRole('textbox')).not.toBeInvalid();
    expect(screen.queryByText('Zu kurz.')).not.toBeInTheDocument();
  });
});

describe('Field', () => {
  it('wires any control to its label, hint and error', () => {
    render(
      <Field id="size" label="Größe" hint="In Quadratmetern." error="Zu groß." required>
        {(control) => <input type="number" {...control} />}
      </Field>,
    );
    const input = screen.getByRole('spinbutton', { name: 'Größe' });
    expect(input).toBeRequired();
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('In Quadratmetern. Zu groß.');
  });
});

describe('Select', () => {
  it('offers an empty choice and its options, and reports the chosen value', async () => {
    const chosen: string[] = [];
    render(
      <Select
        id="status"
        label="Status"
        empty="Alle"
        options={[
          { value: 'open', label: 'Offen' },
          { value: 'done', label: 'Erledigt' },
        ]}
        defaultValue=""
        onValueChange={(value) => chosen.push(value)}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Status' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Alle',
      'Offen',
      'Erledigt',
    ]);
    await userEvent.selectOptions(select, 'Erledigt');
    await userEvent.selectOptions(select, 'Alle');
    expect(chosen).toEqual(['done', '']);
  });
});

describe('Checkbox', () => {
  it('puts its label after the box and reports the checked state', async () => {
    const states: boolean[] = [];
    render(
      <Checkbox
        id="mine"
        label="Nur meine"
        hint="Ihre Einträge."
        onCheckedChange={(c) => states.push(c)}
      />,
    );
    const box = screen.getByRole('checkbox', { name: 'Nur meine' });
    expect(box).toHaveAccessibleDescription('Ihre Einträge.');
    await userEvent.click(box);
    await userEvent.click(box);
    expect(states).toEqual([true, false]);
  });
});

describe('Radio', () => {
  it('ties its label to the button and marks it invalid with its error', async () => {
    const states: boolean[] = [];
    render(
      <Radio
        id="first"
        name="answer"
        label="Erste Eingabe"
        error="Bitte wählen."
        onCheckedChange={(c) => states.push(c)}
      />,
    );
    const radio = screen.getByRole('radio', { name: 'Erste Eingabe' });
    expect(radio).toBeInvalid();
    expect(radio).toHaveAccessibleDescription('Bitte wählen.');
    await userEvent.click(screen.getByText('Erste Eingabe'));
    expect(radio).toBeChecked();
    expect(states).toEqual([true]);
  });
});

const VISIBILITIES = [
  { value: 'council', label: 'Nur der Rat', hint: 'Mitglieder Ihres Rates.' },
  { value: 'network', label: 'Das Netzwerk' },
] as const;
type Visibility = (typeof VISIBILITIES)[number]['value'];

function Visibility({ error }: { error?: string }) {
  const [value, setValue] = useState<Visibility>('council');
  return (
    <>
      <RadioGroup
        id="vis"
        name="visibility"
        label="Sichtbarkeit"
        hint="Später änderbar."
        error={error}
        required
        options={VISIBILITIES}
        value={value}
        onChange={setValue}
      />
      <output aria-label="Gewählt">{value}</output>
    </>
  );
}

describe('RadioGroup', () => {
  it('names the group by its legend and each button by its label', () => {
    render(<Visibility />);
    const group = screen.getByRole('group', { name: 'Sichtbarkeit' });
    expect(group).toHaveAccessibleDescription('Später änderbar.');
    const council = screen.getByRole('radio', { name: 'Nur der Rat' });
    expect(council).toHaveAttribute('id', 'vis-council');
    expect(council).toHaveAttribute('name', 'visibility');
    expect(council).toBeChecked();
    expect(council).toBeRequired();
  });

  it('describes a choice by its own hint', () => {
    render(<Visibility />);
    expect(screen.getByRole('radio', { name: 'Nur der Rat' })).toHaveAccessibleDescription(
      'Mitglieder Ihres Rates.',
    );
    expect(screen.getByRole('radio', { name: 'Das Netzwerk' })).not.toHaveAttribute(
      'aria-describedby',
    );
  });

  it('reports the chosen value', async () => {
    render(<Visibility />);
    await userEvent.click(screen.getByText('Das Netzwerk'));
    expect(screen.getByRole('radio', { name: 'Das Netzwerk' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Nur der Rat' })).not.toBeChecked();
    expect(screen.getByRole('status', { name: 'Gewählt' })).toHaveTextContent('network');
  });

  it('marks every button invalid and describes the group by hint and error', () => {
    render(<Visibility error="Bitte wählen Sie." />);
    const group = screen.getByRole('group', { name: 'Sichtbarkeit' });
    expect(group).toHaveAccessibleDescription('Später änderbar. Bitte wählen Sie.');
    expect(group).toHaveClass('field--invalid');
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeInvalid();
  });

  it('leaves the choice to the form with a default value', () => {
    render(
      <form aria-label="Einstellungen">
        <RadioGroup
          id="d"
          name="visibility"
          label="Sichtbarkeit"
          options={VISIBILITIES}
          defaultValue="network"
        />
      </form>,
    );
    const form = screen.getByRole('form', { name: 'Einstellungen' }) as HTMLFormElement;
    expect(new FormData(form).get('visibility')).toBe('network');
  });
});

describe('CheckboxGroup', () => {
  it('takes labels with more than text, class names and disabled choices', async () => {
    const chosen: string[][] = [];
    render(
      <CheckboxGroup
        id="langs"
        label="Sprachen"
        legendClassName="visually-hidden"
        className="languages"
        optionClassName="language"
        options={[
          { value: 'de', label: <span lang="de">Deutsch</span>, disabled: true },
          { value: 'en', label: <span lang="en">English</span> },
        ]}
        values={['de']}
        onChange={(values) => chosen.push(values)}
      />,
    );
    const group = screen.getByRole('group', { name: 'Sprachen' });
    expect(group).toHaveClass('languages');
    expect(screen.getByText('Sprachen')).toHaveClass('visually-hidden');
    const german = screen.getByRole('checkbox', { name: 'Deutsch' });
    expect(german).toBeDisabled();
    expect(german).toBeChecked();
    expect(german.parentElement).toHaveClass('language');
    await userEvent.click(screen.getByRole('checkbox', { name: 'English' }));
    expect(chosen).toEqual([['de', 'en']]);
  });

  it('sets choices side by side and takes a description from outside the group', () => {
    render(
      <>
        <CheckboxGroup
          id="roles"
          label="Rollen"
          inline
          describedBy="refusal"
          options={FIELDS}
          values={[]}
          onChange={() => undefined}
        />
        <p id="refusal">Nicht gespeichert.</p>
      </>,
    );
    const group = screen.getByRole('group', { name: 'Rollen' });
    expect(group).toHaveAccessibleDescription('Nicht gespeichert.');
    expect(
      screen.getByRole('checkbox', { name: 'Gewaltprävention' }).closest('.choices'),
    ).toHaveClass('choices--inline');
  });

  it('disables the whole group', () => {
    render(
      <CheckboxGroup
        id="g"
        label="Felder"
        disabled
        options={FIELDS}
        values={[]}
        onChange={() => undefined}
      />,
    );
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
  });
});

describe('FormError', () => {
  it('announces a message and renders nothing without one', () => {
    const { rerender } = render(<FormError>{null}</FormError>);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    rerender(<FormError>Nicht gespeichert.</FormError>);
    expect(screen.getByRole('alert')).toHaveTextContent('Nicht gespeichert.');
  });
});

describe('server field errors', () => {
  function Invite({ error }: { error: unknown }) {
    const problems = serverFieldErrors(error);
    return (
      <form aria-label="Einladen" ref={focusFirstInvalid}>
        <TextField id="name" label="Name" error={problems.name ? 'Bitte prüfen.' : undefined} />
        <TextArea
          id="email"
          label="E-Mail"
          error={problems.email ? 'Keine gültige Adresse.' : undefined}
        />
      </form>
    );
  }

  it('marks the fields the server named and focuses the first of them', () => {
    const error = new ApiRequestError('validation_failed', 400, {
      fields: [{ path: 'body.email', message: 'Invalid email' }],
    });
    render(<Invite error={error} />);
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toBeInvalid();
    const email = screen.getByRole('textbox', { name: 'E-Mail' });
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription('Keine gültige Adresse.');
    expect(email).toHaveFocus();
  });

  it("names nothing for an error that is not the server's", () => {
    expect(serverFieldErrors(new Error('offline'))).toEqual({});
  });
});
