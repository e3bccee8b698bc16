import type { SessionState } from '@pnetz/shared';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';

/**
 * An HTTP client with a cookie jar that behaves like the web client: it fetches the session's
 * CSRF token and sends it with every state-changing request.
 */
export class ApiClient {
  readonly agent: TestAgent;
  csrfToken = '';

  constructor(readonly baseUrl: string) {
    this.agent = request.agent(baseUrl);
  }

  async refreshSession(): Promise<SessionState> {
    const res = await this.agent.get('/api/auth/session').expect(200);
    this.csrfToken = (res.body as SessionState).csrfToken;
    return res.body as SessionState;
  }

  get(path: string) {
    return this.agent.get(path);
  }

  async send(method: 'post' | 'patch' | 'put' | 'delete', path: string, body?: unknown) {
    if (!this.csrfToken) await this.refreshSession();
    const req = this.agent[method](path).set('x-csrf-token', this.csrfToken);
    return body === undefined ? req : req.send(body as object);
  }

  async login(email: string, password: string): Promise<SessionState> {
    const res = await this.send('post', '/api/auth/login', { email, password });
    if (res.status !== 200)
      throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrfToken = (res.body as SessionState).csrfToken;
    return res.body as SessionState;
  }

  /** The raw `Cookie` header value, for Socket.IO and WebSocket clients. */
  cookieHeader(): string {
    const url = new URL(this.baseUrl);
    const cookies = this.agent.jar.getCookies({
      domain: url.hostname,
      path: '/',
      secure: false,
      script: false,
    });
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  }
}
