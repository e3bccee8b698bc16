import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TextField } from './TextField';

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
