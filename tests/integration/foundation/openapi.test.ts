import { endpoints, toOpenApiPath, type EndpointDef } from '@pnetz/shared';
import request from 'supertest';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

describe('GET /api/openapi.json', () => {
  it('describes every endpoint of the contract with the schemas that validate it', async () => {
    const res = await request(app.url).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const all = Object.values(endpoints).flatMap((group) => Object.values(group) as EndpointDef[]);
    for (const def of all) {
      expect(res.body.paths[toOpenApiPath(def.path)]?.[def.method]).toBeDefined();
    }
    const login = res.body.paths['/api/auth/login'].post;
    const schema = login.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['email', 'password']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['email', 'password']));
  });
});
