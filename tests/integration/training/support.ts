import type { CreateTrainingOfferBody, TrainingOffer } from '@pnetz/shared';
import { OutboxMailModel } from '../../../server/src/mail/outbox.model';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';

export async function signedIn(url: string, user: { email: string; password: string }) {
  const client = new ApiClient(url);
  await client.login(user.email, user.password);
  return client;
}

export const inDays = (days: number, hour = 9) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

/** A seminar in person with one session in `days` days (defaults: 20 places, waiting list). */
export function seminar(
  overrides: Partial<CreateTrainingOfferBody> = {},
  session: Record<string, unknown> = {},
): CreateTrainingOfferBody {
  return {
    type: 'seminar',
    format: 'in_person',
    title: 'Graffitiprävention in der Kommune',
    summary: 'Legale Flächen, schnelle Entfernung, Zusammenarbeit mit der Polizei',
    fieldsOfAction: ['graffiti'],
    targetGroups: ['council_coordination', 'police'],
    contact: { name: 'Koordination LPR', email: 'fortbildung@lpr.example' },
    sessions: [
      {
        startsAt: inDays(14, 8),
        endsAt: inDays(14, 15),
        place: 'Dresden, Landespräventionsrat',
        capacity: 20,
        ...session,
      },
    ],
    ...overrides,
  } as CreateTrainingOfferBody;
}

export async function trainingActors(url: string) {
  const council = await createWorkspace({
    municipality: 'Glauchau',
    district: 'Landkreis Zwickau',
  });
  const coordinator = await createUser({ name: 'Koordination', platformRoles: ['coordinator'] });
  const member = await createUser({ name: 'Mara Muster' });
  await addMember(council._id, member.id, 'member', {
    type: 'police',
    name: 'Polizeirevier Glauchau',
  });
  const other = await createUser({ name: 'Otto Anders' });
  return {
    council,
    users: { coordinator, member, other },
    clients: {
      coordinator: await signedIn(url, coordinator),
      member: await signedIn(url, member),
      other: await signedIn(url, other),
    },
  };
}

export async function createOffer(
  client: ApiClient,
  body: CreateTrainingOfferBody,
): Promise<TrainingOffer> {
  const res = await client.send('post', '/api/training/offers', body);
  if (res.status !== 201)
    throw new Error(`create offer: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TrainingOffer;
}

export async function mailsTo(email: string) {
  return OutboxMailModel.find({ to: email.toLowerCase() }).sort({ createdAt: 1, _id: 1 }).lean();
}

/** The registration link's token from a mail's text. */
export function tokenIn(text: string): string {
  const match = /\/fortbildung\/anmeldung\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no registration link in: ${text}`);
  return match[1]!;
}
