import type { Exchange } from '@pnetz/shared';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';

export async function signedIn(
  url: string,
  user: { email: string; password: string },
): Promise<ApiClient> {
  const client = new ApiClient(url);
  await client.login(user.email, user.password);
  return client;
}

/**
 * Everyone the exchange rules distinguish: a coordinator who opens the exchange, three invited
 * councils (admin, member, guest of the first; members of the others), an invited person from
 * outside, a member of a council that is not invited, and another coordinator.
 */
export async function exchangeActors(url: string) {
  const councils = {
    a: await createWorkspace({
      municipality: 'Glauchau',
      district: 'Landkreis Zwickau',
      population: 22000,
    }),
    b: await createWorkspace({
      municipality: 'Königswartha',
      district: 'Landkreis Bautzen',
      population: 3300,
    }),
    c: await createWorkspace({
      municipality: 'Eibenstock',
      district: 'Erzgebirgskreis',
      population: 7000,
    }),
    outside: await createWorkspace({
      municipality: 'Leipzig',
      district: 'Stadt Leipzig',
      population: 600000,
    }),
  };
  const users = {
    coordinator: await createUser({ name: 'Koordination', platformRoles: ['coordinator'] }),
    otherCoordinator: await createUser({
      name: 'Andere Koordination',
      platformRoles: ['coordinator'],
    }),
    adminA: await createUser({ name: 'Admin A' }),
    memberA: await createUser({ name: 'Mitglied A' }),
    guestA: await createUser({ name: 'Gast A' }),
    memberB: await createUser({ name: 'Mitglied B' }),
    memberC: await createUser({ name: 'Mitglied C' }),
    person: await createUser({ name: 'Eingeladene Person' }),
    outsider: await createUser({ name: 'Außenstehend' }),
  };
  await addMember(councils.a._id, users.adminA.id, 'admin', {
    type: 'municipal',
    name: 'Stadtverwaltung A',
  });
  await addMember(councils.a._id, users.memberA.id, 'member', {
    type: 'police',
    name: 'Polizeirevier A',
  });
  await addMember(councils.a._id, users.guestA.id, 'guest');
  await addMember(councils.b._id, users.memberB.id, 'member', { type: 'school', name: 'Schule B' });
  await addMember(councils.c._id, users.memberC.id, 'member', {
    type: 'association',
    name: 'Verein C',
  });
  await addMember(councils.outside._id, users.outsider.id, 'admin');
  const clients = Object.fromEntries(
    await Promise.all(
      Object.entries(users).map(async ([key, user]) => [key, await signedIn(url, user)] as const),
    ),
  ) as Record<keyof typeof users, ApiClient>;
  return { councils, users, clients };
}

export type ExchangeActors = Awaited<ReturnType<typeof exchangeActors>>;

/** Opens an exchange through the API as the coordinator. */
export async function openExchange(
  actors: ExchangeActors,
  overrides: Partial<{
    title: string;
    visibility: 'invited' | 'network';
    fieldsOfAction: string[];
  }> = {},
): Promise<Exchange> {
  const res = await actors.clients.coordinator.send('post', '/api/exchanges', {
    title: overrides.title ?? 'Graffiti und Sachbeschädigung',
    description: 'Erfahrungen mit legalen Flächen und Wandbildern',
    fieldsOfAction: overrides.fieldsOfAction ?? ['graffiti'],
    visibility: overrides.visibility ?? 'invited',
    workspaceIds: [actors.councils.a.id, actors.councils.b.id, actors.councils.c.id],
    peopleEmails: [actors.users.person.email],
  });
  if (res.status !== 201)
    throw new Error(`opening the exchange failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Exchange;
}
