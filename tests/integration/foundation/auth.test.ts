import request from 'supertest';
import { UserModel } from '../../../server/src/auth/user.model';
import { createUser } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

describe('accounts and sessions', () => {
  it('starts anonymous with a CSRF token and signs in with e-mail and password', async () => {
    const { email, password } = await createUser({ name: 'Anja Lehmann' });
    const client = new ApiClient(app.url);
    const anonymous = await client.refreshSession();
    expect(anonymous.user).toBeNull();
    expect(anonymous.csrfToken).toEqual(expect.any(String));

    const session = await client.login(email.toUpperCase(), password);
    expect(session.user).toMatchObject({
      email,
      name: 'Anja Lehmann',
      platformRoles: [],
      language: 'de',
    });
    expect(session.csrfToken).not.toEqual(anonymous.csrfToken);
    const again = await client.get('/api/auth/session').expect(200);
    expect(again.body.user.email).toBe(email);
  });

  it('sets an httpOnly, SameSite=Lax session cookie and a fresh session id on login', async () => {
    const { email, password } = await createUser();
    const client = new ApiClient(app.url);
    await client.refreshSession();
    const before = client.cookieHeader();
    const res = await client.send('post', '/api/auth/login', { email, password });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/pnetz\.sid=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(client.cookieHeader()).not.toEqual(before);
  });

  it('never sends an anonymous session its cookie again, so a late answer cannot undo a sign-in', async () => {
    // The login page asks for the sign-on providers while the form is sent: an answer to that
    // request arriving after the sign-in must not put the anonymous cookie back.
    const { email, password } = await createUser();
    const client = new ApiClient(app.url);
    await client.refreshSession();
    const anonymous = client.cookieHeader();
    const sessionCookie = (res: { headers: Record<string, unknown> }) =>
      ([res.headers['set-cookie']].flat() as unknown[]).filter((cookie) =>
        String(cookie).startsWith('pnetz.sid='),
      );

    const beforeSignIn = await request(app.url).get('/api/auth/session').set('Cookie', anonymous);
    expect(beforeSignIn.status).toBe(200);
    expect(sessionCookie(beforeSignIn)).toEqual([]);

    await client.login(email, password);
    const signedIn = client.cookieHeader();
    const late = await request(app.url).get('/api/auth/providers').set('Cookie', anonymous);
    expect(sessionCookie(late)).toEqual([]);
    const again = await request(app.url).get('/api/auth/session').set('Cookie', signedIn);
    expect(again.body.user.email).toBe(email);
    // A signed-in session's cookie is renewed with every answer (its expiry rolls on).
    expect(sessionCookie(again)).toHaveLength(1);
    expect(String(sessionCookie(again)[0])).toMatch(/Expires=/);
  });

  it('stores only an argon2id hash of the password', async () => {
    const { id, password } = await createUser();
    const stored = await UserModel.findById(id).lean();
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.passwordHash).not.toContain(password);
  });

  it('refuses a wrong password without telling whether the account exists', async () => {
    const { email } = await createUser();
    const client = new ApiClient(app.url);
    const wrong = await client.send('post', '/api/auth/login', {
      email,
      password: 'Falsches-Passwort-1',
    });
    const unknown = await client.send('post', '/api/auth/login', {
      email: 'nobody@test.example',
      password: 'Falsches-Passwort-1',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.id).toBe('invalid_credentials');
    expect(unknown.body).toEqual(wrong.body);
  });

  it('rejects state-changing requests without the CSRF token', async () => {
    const { email, password } = await createUser();
    const client = new ApiClient(app.url);
    await client.login(email, password);
    const res = await client.agent.patch('/api/me').send({ language: 'en' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      id: 'csrf_failed',
      fields: [{ path: 'headers.x-csrf-token' }],
    });
    const user = await UserModel.findOne({ email }).lean();
    expect(user?.language).toBe('de');
  });

  it('rate-limits failed logins per account and address, even for the right password afterwards', async () => {
    const { email, password } = await createUser();
    const client = new ApiClient(app.url);
    for (let attempt = 0; attempt < 5; attempt++) {
      const res = await client.send('post', '/api/auth/login', {
        email,
        password: `Wrong-${attempt}-password`,
      });
      expect(res.status).toBe(401);
    }
    const blocked = await client.send('post', '/api/auth/login', { email, password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.id).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('logs out: the session is gone and protected endpoints answer 401', async () => {
    const { email, password } = await createUser();
    const client = new ApiClient(app.url);
    await client.login(email, password);
    await client.get('/api/workspaces').expect(200);
    const res = await client.send('post', '/api/auth/logout');
    expect(res.status).toBe(204);
    const after = await client.get('/api/workspaces');
    expect(after.status).toBe(401);
    expect(after.body.error.id).toBe('unauthenticated');
  });

  it('changes the password after checking the current one and the password rules', async () => {
    const { email, password } = await createUser();
    const client = new ApiClient(app.url);
    await client.login(email, password);

    const wrongCurrent = await client.send('post', '/api/auth/password', {
      currentPassword: 'nope-nope-1',
      newPassword: 'Neues-Passwort-22',
    });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.error.fields[0].path).toBe('body.currentPassword');

    const tooShort = await client.send('post', '/api/auth/password', {
      currentPassword: password,
      newPassword: 'kurz1',
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.fields[0].path).toBe('body.newPassword');

    const ok = await client.send('post', '/api/auth/password', {
      currentPassword: password,
      newPassword: 'Neues-Passwort-22',
    });
    expect(ok.status).toBe(204);
    const fresh = new ApiClient(app.url);
    await fresh.login(email, 'Neues-Passwort-22');
  });

  it('keeps the language per user', async () => {
    const { email, password } = await createUser();
    const client = new ApiClient(app.url);
    await client.login(email, password);
    const res = await client.send('patch', '/api/me', { language: 'en' });
    expect(res.status).toBe(200);
    expect(res.body.language).toBe('en');
    const other = new ApiClient(app.url);
    const session = await other.login(email, password);
    expect(session.user?.language).toBe('en');
  });
});
