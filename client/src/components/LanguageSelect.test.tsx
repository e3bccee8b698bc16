import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSelect } from './LanguageSelect';

/** Some text elsewhere on the page, to see the whole UI switch. */
function Cancel() {
  const { t } = useTranslation();
  return <button type="button">{t('common.cancel')}</button>;
}

describe('LanguageSelect', () => {
  it('starts in German, labelled, with each language named in its own language', () => {
    render(<LanguageSelect id="lang" />);
    const select = screen.getByRole('combobox', { name: 'Sprache' });
    expect(select).toHaveValue('de');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['Deutsch', 'de'],
      ['English', 'en'],
    ]);
    expect(document.documentElement).toHaveAttribute('lang', 'de');
  });

  it('switches the whole UI and <html lang>, remembers the choice and reports it', async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn();
    render(
      <>
        <LanguageSelect id="lang" onChanged={onChanged} />
        <Cancel />
      </>,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'en');

    const select = await screen.findByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('en');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(localStorage.getItem('pnetz.language')).toBe('en');
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith('en'));
    expect(onChanged).toHaveBeenCalledOnce();

    await user.selectOptions(select, 'de');
    expect(await screen.findByRole('button', { name: 'Abbrechen' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'de');
    await waitFor(() => expect(onChanged).toHaveBeenLastCalledWith('de'));
  });

  it('does not report choosing the language already shown', async () => {
    const user = userEvent.setup();
    const onChanged = vi.fn();
    render(<LanguageSelect id="lang" onChanged={onChanged} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'de');
    expect(onChanged).not.toHaveBeenCalled();
  });
});
