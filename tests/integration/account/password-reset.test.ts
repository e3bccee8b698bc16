import type { AddressInfo } from 'node:net';
import { LIMITS } from '@pnetz/shared';
import { SMTPServer } from 'smtp-server';
import { UserModel } from '../../../server/src/auth/user.model';
import { PasswordResetModel } from '../../../server/src/auth/password-reset.model';
import { OutboxMailModel } from '../../../server/src/mail/outbox.model';
import { createUser } from '../../support/factories';
import { eventually } from '../../support/eventually';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected } from '../../support/sockets';

const NEW_PASSWORD = 'Neues-Passwort-2026';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

const tokenIn = (text: string) => /\/passwort-neu#([A-Za-z0-9_-]{43})/.exec(text)?.[1];

/** Asks for a reset link as a signed-out visitor. */
async function requestReset(email: string) {
  return new ApiClient(app.url).send('post', '/api/auth/password-reset', { email });
}

/** The token of the latest reset mail to the address, once it is in the outbox. */
async function mailedToken(email: string): Promise<string> {
  return eventually(async () => {
    const mail = await OutboxMailModel.findOne({ to: email, subject: /Passwort/ })
      .sort({ _id: -1 })
      .lean();
    const token = mail ? tokenIn(mail.text) : undefined;
    if (!token) throw new Error(`no reset mail to ${email}`);
    return token;
  });
}

function confirm(token: string, newPassword = NEW_PASSWORD) {
  return new ApiClient(app.url).send('post', '/api/auth/password-reset/confirm', {
    token,
    newPassword,
  });
}

describe('password reset by mail', () => {
  it('answers alike for a known and an unknown address and mails only the account', async () => {
    const { email } = await createUser();
    const unknown = `niemand-${Date.now()}@test.example`;
    const known = await requestReset(email);
    const other = await requestReset(unknown);
    expect(known.status).toBe(202);
    expect(other.status).toBe(202);
    expect(other.body).toEqual(known.body);
    expect(other.headers['content-length']).toBe(known.headers['content-length']);

    const token = await mailedToken(email);
    const mail = await OutboxMailModel.findOne({ to: email }).lean();
    expect(mail).toMatchObject({ kind: 'account', workspaceId: null });
    expect(mail!.text).toContain(`${app.url}/passwort-neu#${token}`);
    // Only the hash of the token is stored.
    const stored = await PasswordResetModel.find({}).lean();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await OutboxMailModel.countDocuments({ to: unknown })).toBe(0);
  });

  it('sets the new password once and ends every session with its sockets', async () => {
    const { id, email, password } = await createUser();
    const office = new ApiClient(app.url);
    await office.login(email, password);
    const phone = new ApiClient(app.url);
    await phone.login(email, password);
    const socket = connectSocket(app.url, phone.cookieHeader());
    await whenConnected(socket);
    const bystander = await createUser();
    const bystanderClient = new ApiClient(app.url);
    await bystanderClient.login(bystander.email, bystander.password);

    expect((await requestReset(email)).status).toBe(202);
    const token = await mailedToken(email);
    const res = await confirm(token);
    expect(res.status).toBe(204);

    expect((await office.get('/api/workspaces')).status).toBe(401);
    expect((await phone.get('/api/workspaces')).status).toBe(401);
    await eventually(() => expect(socket.connected).toBe(false));
    await bystanderClient.get('/api/workspaces').expect(200);
    expect(
      (await new ApiClient(app.url).send('post', '/api/auth/login', { email, password })).status,
    ).toBe(401);
    await new ApiClient(app.url).login(email, NEW_PASSWORD);

    const again = await confirm(token, 'Noch-ein-Passwort-7');
    expect(again.status).toBe(404);
    expect(again.body.error.id).toBe('not_found');
    await new ApiClient(app.url).login(email, NEW_PASSWORD);
    expect(await PasswordResetModel.countDocuments({ userId: id })).toBe(0);
    socket.close();
  });

  it('lifts the sign-in block that the forgotten password caused', async () => {
    const { email } = await createUser();
    for (let i = 0; i < LIMITS.loginConsecutiveFailures; i += 1) {
      const wrong = await new ApiClient(app.url).send('post', '/api/auth/login', {
        email,
        password: `Falsch-geraten-${i}`,
      });
      expect(wrong.status).toBe(401);
    }
    const blocked = await new ApiClient(app.url).send('post', '/api/auth/login', {
      email,
      password: 'Falsch-geraten-x',
    });
    expect(blocked.status).toBe(429);

    await requestReset(email);
    expect((await confirm(await mailedToken(email))).status).toBe(204);
    await new ApiClient(app.url).login(email, NEW_PASSWORD);
  });

  it('refuses a weak password naming the field and keeps the link and the old password', async () => {
    const { email, password } = await createUser();
    await requestReset(email);
    const token = await mailedToken(email);
    const before = (await UserModel.findOne({ email }).lean())!.passwordHash;

    const weak = await confirm(token, 'kurz');
    expect(weak.status).toBe(400);
    expect(weak.body.error.id).toBe('validation_failed');
    expect(weak.body.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'body.newPassword' })]),
    );
    const badToken = await confirm('nicht-gueltig');
    expect(badToken.status).toBe(400);
    expect(badToken.body.error.fields).toEqual([
      { path: 'body.token', message: 'must be a reset token' },
    ]);
    expect((await UserModel.findOne({ email }).lean())!.passwordHash).toBe(before);
    await new ApiClient(app.url).login(email, password);
    expect((await confirm(token)).status).toBe(204);
  });

  it('refuses an expired link and an older link once a newer one was sent', async () => {
    const { email, password } = await createUser();
    await requestReset(email);
    const first = await mailedToken(email);
    await requestReset(email);
    const second = await eventually(async () => {
      const token = await mailedToken(email);
      expect(token).not.toBe(first);
      return token;
    });
    expect((await confirm(first)).status).toBe(404);

    await PasswordResetModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await confirm(second);
    expect(expired.status).toBe(404);
    await new ApiClient(app.url).login(email, password);
  });

  it('lets one of two simultaneous uses of a link through', async () => {
    const { email } = await createUser();
    await requestReset(email);
    const token = await mailedToken(email);
    const results = await Promise.all([
      confirm(token, 'Erstes-Passwort-11'),
      confirm(token, 'Zweites-Passwort-22'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([204, 404]);
    const winner = results[0]!.status === 204 ? 'Erstes-Passwort-11' : 'Zweites-Passwort-22';
    await new ApiClient(app.url).login(email, winner);
  });

  it('limits requests per address like sign-in, alike for unknown addresses', async () => {
    const { email, password } = await createUser();
    const unknown = `unbekannt-${Date.now()}@test.example`;
    for (const address of [email, unknown]) {
      for (let i = 0; i < LIMITS.loginConsecutiveFailures; i += 1) {
        expect((await requestReset(address)).status).toBe(202);
      }
      const limited = await requestReset(address);
      expect(limited.status).toBe(429);
      expect(limited.body.error.id).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    }
    await eventually(async () =>
      expect(await OutboxMailModel.countDocuments({ to: email })).toBe(
        LIMITS.loginConsecutiveFailures,
      ),
    );
    // Sign-in attempts are counted apart: the owner can still sign in.
    await new ApiClient(app.url).login(email, password);
  });
});

describe('password reset through SMTP', () => {
  it('delivers the reset mail through the mail queue to the SMTP server', async () => {
    const received: Array<{ to: string[]; raw: string }> = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    const mailing = await startTestServer({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Präventionsnetz <post@test.example>',
    });
    try {
      const { email } = await createUser();
      const res = await new ApiClient(mailing.url).send('post', '/api/auth/password-reset', {
        email,
      });
      expect(res.status).toBe(202);
      await eventually(() => expect(received).toHaveLength(1));
      expect(received[0]!.to).toEqual([email]);
      const unfolded = received[0]!.raw.replace(/=\r?\n/g, '');
      const token = tokenIn(unfolded);
      expect(token).toBeDefined();
      const done = await new ApiClient(mailing.url).send(
        'post',
        '/api/auth/password-reset/confirm',
        { token, newPassword: NEW_PASSWORD },
      );
      expect(done.status).toBe(204);
      await new ApiClient(mailing.url).login(email, NEW_PASSWORD);
    } finally {
      await mailing.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
