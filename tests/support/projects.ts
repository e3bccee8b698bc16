import { deflateSync } from 'node:zlib';
import {
  ClientEvent,
  ServerEvent,
  type CreateProjectBody,
  type FeedItem,
  type Project,
  type WorkspaceRole,
} from '@pnetz/shared';
import { addMember, createUser, createWorkspace } from './factories';
import { ApiClient } from './http';
import { connectSocket, whenConnected, type TestSocket } from './sockets';

/** A complete project, ready to publish (Glauchau's graffiti project from the funding example). */
export function completeProject(overrides: Partial<CreateProjectBody> = {}): CreateProjectBody {
  return {
    title: 'Wandbilder statt illegaler Graffiti',
    summary:
      'Legale Flächen und professionell gestaltete Wandbilder an Brennpunkten der Innenstadt.',
    fieldsOfAction: ['graffiti'],
    status: 'running',
    problem: {
      what: 'Illegale Graffiti an Bahnhof und Unterführungen',
      where: 'Innenstadt',
      since: '2019',
      evidence: 'PKS 2019–2020',
    },
    causes: 'Fehlende legale Flächen, keine Treffpunkte für Jugendliche.',
    preventionGoal: 'Weniger Sachbeschädigung durch Graffiti.',
    projectGoals: 'Sechs Wandbilder bis Ende 2021.',
    indicators: ['Gemeldete Graffiti-Schäden je Quartal'],
    targetGroups: { primary: 'Jugendliche 14–21', secondary: 'Anwohnende' },
    settings: ['public_space'],
    riskFactors: ['community_disorganisation'],
    protectiveFactors: ['prosocial_opportunities'],
    approach: 'Jugendliche gestalten mit Künstlern legale Wandbilder.',
    interventionLogic: 'Gestaltete Flächen werden seltener übersprüht.',
    implementation: 'Mit dem Jugendhaus und der Stadtverwaltung.',
    partners: [],
    contact: {
      name: 'Thomas Wagner',
      organisation: 'Stadtverwaltung',
      email: 'kontakt@test.example',
      phone: '',
    },
    timeline: {
      start: '2021-01-01',
      end: '2021-12-31',
      milestones: [{ date: '2021-06-01', title: 'Erstes Wandbild', done: true }],
    },
    costPlan: [
      { item: 'Künstlerhonorare', amount: 20_000 },
      { item: 'Material', amount: 12_500 },
    ],
    funding: {
      source: 'state_guideline',
      sourceNote: '',
      requested: 29_250,
      granted: 29_250,
      ownShare: 3_250,
      year: 2021,
    },
    evaluation: { type: 'self', method: 'Schadensmeldungen vorher/nachher', result: '' },
    evidenceLevel: 'theoretical',
    replicationNotes: 'Flächen früh mit Eigentümern klären.',
    recommendation: '',
    visibility: 'workspace',
    draft: false,
    ...overrides,
  };
}

export type CouncilRole = WorkspaceRole;
export interface Person {
  id: string;
  name: string;
  client: ApiClient;
}

/** A fresh council with signed-in people in the given roles (names `Person <key> <id>`). */
export async function councilWith<K extends string>(
  url: string,
  roles: Record<K, CouncilRole>,
  options: { population?: number } = {},
): Promise<{ workspaceId: string } & Record<K, Person>> {
  const workspace = await createWorkspace(
    options.population ? { population: options.population } : {},
  );
  const workspaceId = workspace._id.toHexString();
  const people = {} as Record<K, Person>;
  for (const [key, role] of Object.entries(roles) as Array<[K, CouncilRole]>) {
    const person = await signedInPerson(url, { name: `Person ${key} ${workspaceId.slice(-4)}` });
    await addMember(workspaceId, person.id, role, {
      type: role === 'admin' ? 'municipal' : 'school',
      name: `Org ${key}`,
    });
    people[key] = person;
  }
  return { workspaceId, ...people };
}

export async function signedInPerson(
  url: string,
  options: { name?: string; platformRoles?: Array<'admin' | 'coordinator'> } = {},
): Promise<Person> {
  const user = await createUser(options);
  const client = new ApiClient(url);
  await client.login(user.email, user.password);
  return { id: user.id, name: user.user.name, client };
}

export async function createProject(
  client: ApiClient,
  workspaceId: string,
  body: CreateProjectBody = completeProject(),
): Promise<Project> {
  const res = await client.send('post', `/api/workspaces/${workspaceId}/projects`, body);
  if (res.status !== 201)
    throw new Error(`creating a project failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Project;
}

/** A real, tiny PNG (1×1 pixel). */
export function pngBytes(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crcBuffer = Buffer.alloc(4);
    crcBuffer.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])) >>> 0);
    return Buffer.concat([length, Buffer.from(type), data, crcBuffer]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return crc ^ 0xffffffff;
}

/** A Windows executable's first bytes ("MZ" header), whatever the file is called. */
export function exeBytes(): Buffer {
  return Buffer.concat([
    Buffer.from('MZ'),
    Buffer.alloc(62, 0x90),
    Buffer.from('This program cannot be run in DOS mode.'),
  ]);
}

export async function upload(
  client: ApiClient,
  projectId: string,
  bytes: Buffer,
  query: { filename: string; description?: string; for?: 'update' | 'project' },
  contentType = 'application/octet-stream',
) {
  if (!client.csrfToken) await client.refreshSession();
  return client.agent
    .post(`/api/projects/${projectId}/attachments`)
    .query(query)
    .set('x-csrf-token', client.csrfToken)
    .set('Content-Type', contentType)
    .send(bytes);
}

/** A socket of the person, in the council's room (and the project's, when given). */
export async function listen(
  url: string,
  person: Person,
  rooms: { workspaceId?: string; projectId?: string },
): Promise<TestSocket & { feed: FeedItem[] }> {
  const socket = connectSocket(url, person.client.cookieHeader()) as TestSocket & {
    feed: FeedItem[];
  };
  socket.feed = [];
  socket.on(ServerEvent.ProjectFeed, (item) => socket.feed.push(item));
  await whenConnected(socket);
  if (rooms.workspaceId) {
    const ack = await socket
      .timeout(2000)
      .emitWithAck(ClientEvent.WorkspaceJoin, { workspaceId: rooms.workspaceId });
    if (!ack.ok) throw new Error(`workspace:join refused: ${ack.error.id}`);
  }
  if (rooms.projectId) {
    const ack = await socket
      .timeout(2000)
      .emitWithAck(ClientEvent.ProjectJoin, { projectId: rooms.projectId });
    if (!ack.ok) throw new Error(`project:join refused: ${ack.error.id}`);
  }
  return socket;
}
