import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';

export interface OidcAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

export interface TestIdentityProvider {
  issuer: string;
  stop(): Promise<void>;
}

/** A free TCP port: the app's redirect URI must be known before the provider starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts panva/oidc-provider (tests/support/oidc-provider.mjs) in a child process. */
export async function startIdentityProvider(config: {
  redirectUris: string[];
  clientId: string;
  clientSecret: string;
  accounts: Record<string, OidcAccount>;
}): Promise<TestIdentityProvider> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidc-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line) resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
    child.once('exit', (code) =>
      reject(new Error(`identity provider exited (${code}): ${stderr}`)),
    );
  });
  return {
    issuer,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Values of a form's action and inputs in a page of the provider. */
function parseForm(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form in page:\n${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(tag)?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
  }
  return { action: action.replace(/&amp;/g, '&'), fields };
}

/**
 * Drives the browser's part of the authorization code flow over HTTP: follows the redirect to
 * the provider, submits its login and consent forms, and returns the redirect back to the app.
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const origin = new URL(authorizationUrl).origin;
  const browser: TestAgent = request.agent(origin);
  const relative = (url: string) => (url.startsWith(origin) ? url.slice(origin.length) : url);
  let res = await browser.get(relative(authorizationUrl));
  for (let step = 0; step < 10; step++) {
    if (res.status >= 300 && res.status < 400) {
      const location = new URL(res.headers.location as string, origin).href;
      if (!location.startsWith(origin)) return location; // back to the app
      res = await browser.get(relative(location));
      continue;
    }
    if (res.status !== 200) throw new Error(`provider answered ${res.status}: ${res.text}`);
    const form = parseForm(res.text);
    const fields =
      form.fields.prompt === 'login'
        ? { ...form.fields, login, password: 'irrelevant' }
        : form.fields;
    res = await browser.post(relative(form.action)).type('form').send(fields);
  }
  throw new Error('too many steps at the identity provider');
}
