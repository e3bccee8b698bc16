import { LIMITS } from '@pnetz/shared';
import { UserModel } from '../../../server/src/auth/user.model';
import { createUser } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let client: ApiClient;
let userId: string;

beforeAll(async () => {
  app = await startTestServer();
  const user = await createUser({ name: 'Unverändert' });
  userId = user.id;
  client = new ApiClient(app.url);
  await client.login(user.email, user.password);
});
afterAll(() => app.close());

async function expectUnchanged() {
  const user = await UserModel.findById(userId).lean();
  expect(user).toMatchObject({ name: 'Unverändert', language: 'de' });
}

describe('bad input gets a 4xx naming the problem and stores nothing', () => {
  it('names a missing field', async () => {
    const res = await client.send('post', '/api/auth/login', { password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation_failed');
    expect(res.body.error.fields).toEqual([expect.objectContaining({ path: 'body.email' })]);
  });

  it('names fields of the wrong type', async () => {
    const res = await client.send('patch', '/api/me', { name: 42, language: 'fr' });
    expect(res.status).toBe(400);
    const paths = res.body.error.fields.map((field: { path: string }) => field.path).sort();
    expect(paths).toEqual(['body.language', 'body.name']);
    await expectUnchanged();
  });

  it('rejects unknown fields on strict bodies', async () => {
    const res = await client.send('patch', '/api/me', { platformRoles: ['admin'] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body');
    const user = await UserModel.findById(userId).lean();
    expect(user?.platformRoles).toEqual([]);
  });

  it('rejects malformed JSON', async () => {
    const res = await client.agent
      .patch('/api/me')
      .set('x-csrf-token', client.csrfToken)
      .set('content-type', 'application/json')
      .send('{"name": "Eva"');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ id: 'invalid_json', fields: [{ path: 'body' }] });
    await expectUnchanged();
  });

  it('rejects a body that is not an object', async () => {
    const res = await client.agent
      .patch('/api/me')
      .set('x-csrf-token', client.csrfToken)
      .set('content-type', 'application/json')
      .send('"just a string"');
    expect(res.status).toBe(400);
    await expectUnchanged();
  });

  it('rejects oversized bodies with 413 before parsing them', async () => {
    const res = await client.send('patch', '/api/me', {
      name: 'x'.repeat(LIMITS.jsonBodyBytes + 10),
    });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ id: 'payload_too_large', fields: [{ path: 'body' }] });
    await expectUnchanged();
  });

  it('answers unknown API paths with a JSON 404 and keeps serving', async () => {
    const res = await client.get('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.body.error.id).toBe('not_found');
    await client.get('/api/health').expect(200);
  });

  it('sends security headers', async () => {
    const res = await client.get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
