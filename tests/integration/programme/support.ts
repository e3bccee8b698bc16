import type { MunicipalityInput } from '@pnetz/shared';
import { randomBytes } from 'node:crypto';
import { MunicipalityModel } from '../../../server/src/programme/municipality.model';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';

/** Collects a binary response body (supertest parses only text and JSON by itself). */
function collectBinary(
  res: NodeJS.ReadableStream,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
export const binary = collectBinary as unknown as Parameters<
  ReturnType<ApiClient['get']>['parse']
>[0];

/** A registry entry, written directly (factories build test data; the API is what is under test). */
export async function createMunicipality(
  overrides: Partial<MunicipalityInput> & { workspaceId?: string | null } = {},
) {
  const record = await MunicipalityModel.create({
    name: `Gemeinde ${randomBytes(3).toString('hex')}`,
    kind: 'municipality',
    district: 'Landkreis Zwickau',
    population: 5000,
    lat: 50.8,
    lon: 12.5,
    policeDirectorate: 'Polizeidirektion Zwickau',
    contact: { name: '', email: '', phone: '' },
    milestones: [],
    ...overrides,
  });
  return { record, id: record._id.toHexString() };
}

export async function signedIn(
  url: string,
  user: { email: string; password: string },
): Promise<ApiClient> {
  const client = new ApiClient(url);
  await client.login(user.email, user.password);
  return client;
}

/** Everyone the permission rules distinguish, signed in, with a council and its municipality. */
export async function programmeActors(url: string) {
  const workspace = await createWorkspace();
  const otherWorkspace = await createWorkspace();
  const users = {
    coordinator: await createUser({ platformRoles: ['coordinator'] }),
    admin: await createUser({ platformRoles: ['admin'] }),
    councilAdmin: await createUser(),
    member: await createUser(),
    guest: await createUser(),
    otherCouncil: await createUser(),
    outsider: await createUser(),
  };
  await addMember(workspace._id, users.councilAdmin.id, 'admin');
  await addMember(workspace._id, users.member.id, 'member');
  await addMember(workspace._id, users.guest.id, 'guest');
  await addMember(otherWorkspace._id, users.otherCouncil.id, 'admin');
  const clients = Object.fromEntries(
    await Promise.all(
      Object.entries(users).map(async ([role, user]) => [role, await signedIn(url, user)] as const),
    ),
  ) as Record<keyof typeof users, ApiClient>;
  return { workspace, otherWorkspace, users, clients };
}
