import { UserModel } from '../../../server/src/auth/user.model';
import { AuditEventModel } from '../../../server/src/audit/audit-event.model';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import {
  freePort,
  signInAtProvider,
  startIdentityProvider,
  type TestIdentityProvider,
} from '../../support/oidc';
import { startTestServer, type TestServer } from '../../support/server';

/**
 * Single sign-on against a real OpenID Connect provider (panva/oidc-provider in a child process):
 * the full authorization code flow with PKCE, state and nonce, over HTTP, no mocks.
 */
let idp: TestIdentityProvider;
let app: TestServer;
let creating: TestServer;

const CALLBACK = '/api/auth/oidc/callback';
const ACCOUNTS = {
  anja: { email: 'anja.lehmann@schule.test', email_verified: true, name: 'Anja Lehmann' },
  'anja-again': { email: 'anja.lehmann@schule.test', email_verified: true, name: 'Someone Else' },
  admin: { email: 'admin@kpr.test', email_verified: true, name: 'Admin' },
  unverified: { email: 'unverified@kpr.test', email_verified: false, name: 'Unverified' },
  stranger: { email: 'stranger@kpr.test', email_verified: true, name: 'Fremde Person' },
  newcomer: { email: 'newcomer@kpr.test', email_verified: true, name: 'Neue Person' },
};

beforeAll(async () => {
  const [port, creatingPort] = [await freePort(), await freePort()];
  idp = await startIdentityProvider({
    redirectUris: [
      `http://127.0.0.1:${port}${CALLBACK}`,
      `http://127.0.0.1:${creatingPort}${CALLBACK}`,
    ],
    clientId: 'praeventionsnetz',
    clientSecret: 'test-client-secret-which-is-long-enough',
    accounts: ACCOUNTS,
  });
  const oidcEnv = {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: 'praeventionsnetz',
    OIDC_CLIENT_SECRET: 'test-client-secret-which-is-long-enough',
    OIDC_NAME: 'Sachsen-Login',
  };
  app = await startTestServer({ ...oidcEnv, PORT: String(port) });
  creating = await startTestServer({
    ...oidcEnv,
    PORT: String(creatingPort),
    OIDC_CREATE_ACCOUNTS: '1',
  });
});
afterAll(async () => {
  await creating?.server.close();
  await app?.close();
  await idp?.stop();
});

/** Runs the whole flow for a login at the provider; returns where the app sent the browser. */
async function signOn(
  server: TestServer,
  client: ApiClient,
  login: string,
  next = '/raete',
): Promise<string> {
  const start = await client
    .get(`/api/auth/oidc/start?next=${encodeURIComponent(next)}`)
    .expect(302);
  const authorization = new URL(start.headers.location as string);
  expect(authorization.origin).toBe(idp.issuer);
  expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorization.searchParams.get('state')).toBeTruthy();
  const callback = new URL(await signInAtProvider(authorization.href, login));
  expect(callback.origin).toBe(server.url);
  const back = await client.get(`${callback.pathname}${callback.search}`).expect(302);
  return back.headers.location as string;
}

describe('single sign-on (OpenID Connect)', () => {
  it('offers the provider by name', async () => {
    const res = await new ApiClient(app.url).get('/api/auth/providers').expect(200);
    expect(res.body).toEqual({ oidc: { enabled: true, name: 'Sachsen-Login' } });
  });

  it('signs in the account with the verified e-mail address and links the identity', async () => {
    const user = await createUser({ email: 'anja.lehmann@schule.test', name: 'Anja Lehmann' });
    const client = new ApiClient(app.url);
    expect(await signOn(app, client, 'anja', '/raete/123')).toBe(`${app.url}/raete/123`);
    const session = await client.refreshSession();
    expect(session.user).toMatchObject({ id: user.id, email: 'anja.lehmann@schule.test' });
    await client.get('/api/workspaces').expect(200);
    expect((await UserModel.findById(user.id).lean())?.oidcSubject).toBe(`${idp.issuer}|anja`);

    // The same address from another identity at the provider does not take the account over.
    const other = new ApiClient(app.url);
    expect(await signOn(app, other, 'anja-again')).toBe(`${app.url}/anmelden?sso=account_mismatch`);
    expect((await other.refreshSession()).user).toBeNull();
  });

  it('records sign-ons of council admins in the audit log', async () => {
    const user = await createUser({ email: 'admin@kpr.test' });
    const workspace = await createWorkspace();
    await addMember(workspace._id, user.id, 'admin');
    await signOn(app, new ApiClient(app.url), 'admin');
    const entry = await AuditEventModel.findOne({
      workspaceId: workspace._id,
      action: 'admin.login',
    }).lean();
    expect(entry?.details).toEqual({ method: 'oidc' });
  });

  it('refuses unverified addresses and unknown accounts', async () => {
    await createUser({ email: 'unverified@kpr.test' });
    const client = new ApiClient(app.url);
    expect(await signOn(app, client, 'unverified')).toBe(
      `${app.url}/anmelden?sso=email_unverified`,
    );
    expect(await signOn(app, client, 'stranger')).toBe(`${app.url}/anmelden?sso=no_account`);
    expect((await client.refreshSession()).user).toBeNull();
    expect(await UserModel.exists({ email: 'stranger@kpr.test' })).toBeNull();
  });

  it('refuses a callback with a forged state or without a started sign-on', async () => {
    const client = new ApiClient(app.url);
    const start = await client.get('/api/auth/oidc/start').expect(302);
    const callback = new URL(await signInAtProvider(start.headers.location as string, 'anja'));
    callback.searchParams.set('state', 'forged');
    const forged = await client.get(`${callback.pathname}${callback.search}`).expect(302);
    expect(forged.headers.location).toBe(`${app.url}/anmelden?sso=failed`);
    const stranger = await new ApiClient(app.url)
      .get(`${callback.pathname}${callback.search}`)
      .expect(302);
    expect(stranger.headers.location).toBe(`${app.url}/anmelden?sso=failed`);
    expect((await client.refreshSession()).user).toBeNull();
  });

  it('only returns to paths inside the app', async () => {
    const res = await new ApiClient(app.url).get(
      `/api/auth/oidc/start?next=${encodeURIComponent('//evil.example/x')}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('query.next');
  });

  it('creates the account on first sign-on when the operator allows it', async () => {
    expect(await UserModel.exists({ email: 'newcomer@kpr.test' })).toBeNull();
    const client = new ApiClient(creating.url);
    expect(await signOn(creating, client, 'newcomer')).toBe(`${creating.url}/raete`);
    expect((await client.refreshSession()).user).toMatchObject({
      email: 'newcomer@kpr.test',
      name: 'Neue Person',
    });
    expect(
      (await UserModel.findOne({ email: 'newcomer@kpr.test' }).lean())?.passwordHash,
    ).toBeUndefined();
  });
});

describe('without single sign-on configured', () => {
  it('offers no provider and sends attempts back to the login page', async () => {
    const plain = await startTestServer();
    try {
      expect((await new ApiClient(plain.url).get('/api/auth/providers')).body).toEqual({
        oidc: { enabled: false, name: null },
      });
      const res = await new ApiClient(plain.url).get('/api/auth/oidc/start').expect(302);
      expect(res.headers.location).toBe(`${plain.url}/anmelden?sso=unavailable`);
    } finally {
      await plain.server.close();
    }
  });
});
