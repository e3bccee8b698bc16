import { Types } from 'mongoose';
import { AgreementModel } from '../../../server/src/programme/records.model';
import { startTestServer, type TestServer } from '../../support/server';
import { createMunicipality, programmeActors } from './support';

let app: TestServer;
let actors: Awaited<ReturnType<typeof programmeActors>>;
let own: string;
let other: string;
let ownAgreement: string;
let otherAgreement: string;

beforeAll(async () => {
  app = await startTestServer();
  actors = await programmeActors(app.url);
  own = (
    await createMunicipality({
      name: 'Glauchau',
      workspaceId: actors.workspace.id as string,
      milestones: [{ kind: 'advised', date: '2020-06-16', note: '' }],
    })
  ).id;
  other = (
    await createMunicipality({ name: 'Meerane', workspaceId: actors.otherWorkspace.id as string })
  ).id;
  const agreement = (municipalityId: string) =>
    AgreementModel.create({
      municipalityId: new Types.ObjectId(municipalityId),
      date: '2021-05-18',
      status: 'signed',
      signatories: [],
      notes: 'intern',
    });
  ownAgreement = (await agreement(own))._id.toHexString();
  otherAgreement = (await agreement(other))._id.toHexString();
});
afterAll(() => app.close());

type Role = keyof Awaited<ReturnType<typeof programmeActors>>['clients'];
const ROLES: Role[] = [
  'coordinator',
  'admin',
  'councilAdmin',
  'member',
  'guest',
  'otherCouncil',
  'outsider',
];

/**
 * The programme policy as a table: coordinators and platform admins read and write everything;
 * a council (any role) reads its own municipality; everyone else gets 404 for records and 403 for
 * the dashboard-wide views.
 */
const MATRIX: Array<{
  name: string;
  request: () => ['get' | 'post' | 'patch' | 'put', string, unknown?];
  expect: Record<Role, number>;
}> = [
  {
    name: 'figures',
    request: () => ['get', '/api/programme/figures?asOf=2022-12-31'],
    expect: {
      coordinator: 200,
      admin: 200,
      councilAdmin: 403,
      member: 403,
      guest: 403,
      otherCouncil: 403,
      outsider: 403,
    },
  },
  {
    name: 'registry table and map',
    request: () => ['get', '/api/programme/municipalities'],
    expect: {
      coordinator: 200,
      admin: 200,
      councilAdmin: 403,
      member: 403,
      guest: 403,
      otherCouncil: 403,
      outsider: 403,
    },
  },
  {
    name: 'export',
    request: () => ['get', '/api/programme/export?format=csv'],
    expect: {
      coordinator: 200,
      admin: 200,
      councilAdmin: 403,
      member: 403,
      guest: 403,
      otherCouncil: 403,
      outsider: 403,
    },
  },
  {
    name: 'own municipality of the Glauchau council',
    request: () => ['get', `/api/programme/municipalities/${own}`],
    expect: {
      coordinator: 200,
      admin: 200,
      councilAdmin: 200,
      member: 200,
      guest: 200,
      otherCouncil: 404,
      outsider: 404,
    },
  },
  {
    name: 'another council’s municipality',
    request: () => ['get', `/api/programme/municipalities/${other}`],
    expect: {
      coordinator: 200,
      admin: 200,
      councilAdmin: 404,
      member: 404,
      guest: 404,
      otherCouncil: 200,
      outsider: 404,
    },
  },
  {
    name: 'record an agreement for the own municipality',
    request: () => [
      'post',
      `/api/programme/municipalities/${own}/agreements`,
      { date: '2023-01-10', status: 'draft' },
    ],
    expect: {
      coordinator: 201,
      admin: 201,
      councilAdmin: 403,
      member: 403,
      guest: 403,
      otherCouncil: 404,
      outsider: 404,
    },
  },
  {
    name: 'change another council’s agreement',
    request: () => [
      'put',
      `/api/programme/agreements/${otherAgreement}`,
      { date: '2021-05-18', status: 'draft' },
    ],
    expect: {
      coordinator: 200,
      admin: 200,
      councilAdmin: 404,
      member: 404,
      guest: 404,
      otherCouncil: 403,
      outsider: 404,
    },
  },
  {
    name: 'funding list',
    request: () => ['get', '/api/programme/funding'],
    expect: {
      coordinator: 200,
      admin: 200,
      councilAdmin: 403,
      member: 403,
      guest: 403,
      otherCouncil: 403,
      outsider: 403,
    },
  },
  {
    name: 'add a municipality',
    request: () => [
      'post',
      '/api/programme/municipalities',
      { name: `Ort ${Math.random()}`, district: 'Landkreis Zwickau', lat: 50.8, lon: 12.4 },
    ],
    expect: {
      coordinator: 201,
      admin: 201,
      councilAdmin: 403,
      member: 403,
      guest: 403,
      otherCouncil: 403,
      outsider: 403,
    },
  },
];

describe('programme permission matrix', () => {
  for (const row of MATRIX) {
    it.each(ROLES)(`${row.name}: %s`, async (role) => {
      const [method, path, body] = row.request();
      const client = actors.clients[role];
      const res = method === 'get' ? await client.get(path) : await client.send(method, path, body);
      expect({ role, status: res.status }).toEqual({ role, status: row.expect[role] });
    });
  }

  it('a council member sees their own municipality’s status, and no other municipality in “mine”', async () => {
    const mine = await actors.clients.member.get('/api/programme/mine').expect(200);
    expect(
      mine.body.items.map((d: { municipality: { name: string } }) => d.municipality.name),
    ).toEqual(['Glauchau']);
    expect(mine.body.items[0]).toMatchObject({
      canWrite: false,
      status: { advisedOn: '2020-06-16' },
    });
    const outsider = await actors.clients.outsider.get('/api/programme/mine').expect(200);
    expect(outsider.body.items).toEqual([]);
  });

  it('404 hides whether another council’s agreement exists', async () => {
    const hidden = await actors.clients.member.get(
      `/api/programme/agreements/${otherAgreement}/document`,
    );
    const missing = await actors.clients.member.get(
      `/api/programme/agreements/${new Types.ObjectId().toHexString()}/document`,
    );
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    const ownDocument = await actors.clients.member.get(
      `/api/programme/agreements/${ownAgreement}/document`,
    );
    expect(ownDocument.status).toBe(404); // No document uploaded yet: readable, but nothing there.
  });
});
