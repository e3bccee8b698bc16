import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { LoginForm } from './LoginForm';

/**
 * The browser's side of the network: each request to the login endpoint waits until the test
 * answers it, so the form can be seen while it is pending. The session endpoint answers at once
 * (it hands out the CSRF token the login needs).
 */
class Network {
  readonly logins: Array<{ body: unknown; answer: (response: Response) => void }> = [];

  readonly fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url === '/api/auth/session') return json(200, { user: null, csrfToken: 'token' });
    if (url === '/api/auth/login') {
      return new Promise<Response>((answer) =>
        this.logins.push({ body: JSON.parse(String(init?.body)), answer }),
      );
    }
    throw new Error(`unexpected request ${url}`);
  });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

let network: Network;

beforeEach(() => {
  network = new Network();
  vi.stubGlobal('fetch', network.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderLogin() {
  return renderWithApp(
    <Routes>
      <Route path="/anmelden" element={<LoginForm next="/raete" />} />
      <Route path="/raete" element={<h1>Präventionsräte</h1>} />
    </Routes>,
    { path: '/anmelden' },
  );
}

const email = () => screen.getByRole('textbox', { name: 'E-Mail-Adresse' });
const password = () => screen.getByLabelText('Passwort');
const submit = () => screen.getByRole('button', { name: 'Anmelden' });

describe('LoginForm', () => {
  it('names both fields and sends nothing while they are empty', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.click(submit());

    expect(email()).toBeInvalid();
    expect(email()).toHaveAccessibleDescription('Bitte geben Sie Ihre E-Mail-Adresse ein.');
    expect(password()).toBeInvalid();
    expect(password()).toHaveAccessibleDescription('Bitte geben Sie Ihr Passwort ein.');
    // The first field in error gets the focus, so the message is read out.
    expect(email()).toHaveFocus();
    expect(network.fetch).not.toHaveBeenCalled();
  });

  it('checks the e-mail address with the contract’s rule before sending', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.type(email(), 'keine-adresse');
    await user.type(password(), 'geheim');
    await user.click(submit());

    expect(email()).toHaveAccessibleDescription(
      'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@gemeinde.de.',
    );
    expect(password()).not.toBeInvalid();
    expect(network.fetch).not.toHaveBeenCalled();
  });

  it('is marked busy while signing in and does not send twice', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.type(email(), '  erika@gemeinde.de ');
    await user.type(password(), 'richtiges Passwort');
    await user.click(submit());

    await waitFor(() => expect(network.logins).toHaveLength(1));
    expect(network.logins[0]!.body).toEqual({
      email: 'erika@gemeinde.de',
      password: 'richtiges Passwort',
    });
    expect(submit()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Anmeldung läuft …');

    await user.click(submit());
    await user.type(password(), '{Enter}');
    expect(network.logins).toHaveLength(1);

    network.logins[0]!.answer(
      json(200, {
        csrfToken: 'fresh',
        user: null,
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Präventionsräte' })).toBeVisible();
  });

  it('shows a refused sign-in as an alert and can be sent again', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.type(email(), 'erika@gemeinde.de');
    await user.type(password(), 'falsch');
    await user.click(submit());
    await waitFor(() => expect(network.logins).toHaveLength(1));
    network.logins[0]!.answer(
      json(401, { error: { id: 'invalid_credentials', message: 'Invalid credentials' } }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'E-Mail-Adresse oder Passwort ist falsch.',
    );
    expect(submit()).toHaveAttribute('aria-disabled', 'false');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await user.click(submit());
    await waitFor(() => expect(network.logins).toHaveLength(2));
  });

  it('shows the fields the server refused as field errors', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.type(email(), 'erika@gemeinde.de');
    await user.type(password(), 'x');
    await user.click(submit());
    await waitFor(() => expect(network.logins).toHaveLength(1));
    network.logins[0]!.answer(
      json(400, {
        error: {
          id: 'validation_failed',
          message: 'Invalid body',
          fields: [{ path: 'body.password', message: 'Too small' }],
        },
      }),
    );

    await waitFor(() =>
      expect(password()).toHaveAccessibleDescription('Bitte prüfen Sie Ihr Passwort.'),
    );
    expect(email()).not.toBeInvalid();
  });
});
