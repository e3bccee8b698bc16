// A real OpenID Connect provider (panva/oidc-provider) for the single sign-on tests, run in a
// child process because the package is ESM-only. Configuration comes as JSON in OIDC_TEST_CONFIG:
// { redirectUris, clientId, clientSecret, accounts: { <login>: { email, email_verified, name } } }.
// It listens on a free port and prints {"issuer": "..."} as its first line on stdout.
import http from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: config.clientId,
      client_secret: config.clientSecret,
      redirect_uris: config.redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // The development login form accepts any login; unknown logins have no account.
  async findAccount(_ctx, id) {
    const account = config.accounts?.[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
  cookies: { keys: ['oidc-test-cookie-key'] },
  features: { devInteractions: { enabled: true } },
});
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
