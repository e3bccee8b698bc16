import { endpoints, toOpenApiPath, type EndpointDef } from '@pnetz/shared';
import { Validator } from '@seriousme/openapi-schema-validator';
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

  it('is a valid OpenAPI 3.1 document', async () => {
    const res = await request(app.url).get('/api/openapi.json').expect(200);
    const validator = new Validator();
    const result = await validator.validate(res.body as Parameters<Validator['validate']>[0]);
    expect(validator.version).toBe('3.1');
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('documents every error status an endpoint answers, and ids without regex flags', async () => {
    const res = await request(app.url).get('/api/openapi.json').expect(200);
    const remove = res.body.paths['/api/workspaces/{workspaceId}/members/{userId}'].delete;
    expect(Object.keys(remove.responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '404', '409', '503']),
    );
    const invitation = res.body.paths['/api/invitations/{token}'].get;
    expect(Object.keys(invitation.responses)).toEqual(expect.arrayContaining(['404', '410']));
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('$/i');
    expect(text).toContain('"pattern":"^[0-9a-fA-F]{24}$"');
  });
});
