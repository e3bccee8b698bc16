import type { MyRegistrationEntry, TrainingParticipant } from '@pnetz/shared';
import { TrainingRegistrationModel } from '../../../server/src/training/registration.model';
import { TrainingPlaceModel } from '../../../server/src/training/seat.model';
import { createUser } from '../../support/factories';
import { startTestServer, type TestServer } from '../../support/server';
import { createOffer, mailsTo, seminar, signedIn, trainingActors } from './support';

let app: TestServer;

beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

describe('places under concurrency', () => {
  it('gives exactly 20 of 50 simultaneous registrations a place; 10 cancellations move exactly the first 10 waiting up', async () => {
    const { clients } = await trainingActors(app.url);
    const offer = await createOffer(clients.coordinator, seminar({}, { capacity: 20 }));
    const sessionId = offer.sessions[0]!.id;
    const people = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        createUser({ name: `Teilnehmende ${String(i).padStart(2, '0')}` }),
      ),
    );
    const signed = await Promise.all(people.map((person) => signedIn(app.url, person)));

    const responses = await Promise.all(
      signed.map((client) =>
        client.send('post', `/api/training/sessions/${sessionId}/registrations`),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));

    const all = await TrainingRegistrationModel.find({ sessionId }).sort({ seq: 1 }).lean();
    expect(all).toHaveLength(50);
    expect(all.filter((r) => r.status === 'registered')).toHaveLength(20);
    const waiting = all.filter((r) => r.status === 'waiting');
    expect(waiting).toHaveLength(30);
    expect(await TrainingPlaceModel.countDocuments({ sessionId })).toBe(20);
    // Arrival numbers are unique: a strict order for the waiting list.
    expect(new Set(all.map((r) => r.seq)).size).toBe(50);

    const list = (
      await clients.coordinator.get(`/api/training/sessions/${sessionId}/participants`).expect(200)
    ).body.items as TrainingParticipant[];
    const waitingList = list.filter((p) => p.status === 'waiting');
    expect(waitingList.map((p) => p.position)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(waitingList.map((p) => p.id)).toEqual(waiting.map((r) => r._id.toHexString()));
    // Each person on the waiting list was told their position.
    for (const registration of waiting.slice(0, 3)) {
      const position = waitingList.find((p) => p.id === registration._id.toHexString())!.position;
      expect((await mailsTo(registration.email)).at(-1)!.text).toContain(`Warteliste: ${position}`);
    }

    // Ten registered people cancel at once.
    const registeredIds = all
      .filter((r) => r.status === 'registered')
      .map((r) => r.userId!.toHexString());
    const cancelling = signed.filter((_, i) => registeredIds.includes(people[i]!.id)).slice(0, 10);
    const mine = await Promise.all(
      cancelling.map(
        async (client) =>
          (
            (await client.get('/api/training/registrations/mine')).body
              .items as MyRegistrationEntry[]
          )[0]!,
      ),
    );
    const cancelled = await Promise.all(
      cancelling.map((client, i) =>
        client.send('post', `/api/training/registrations/${mine[i]!.id}/cancel`),
      ),
    );
    expect(cancelled.map((r) => r.status)).toEqual(Array(10).fill(200));

    const after = await TrainingRegistrationModel.find({ sessionId }).sort({ seq: 1 }).lean();
    expect(after.filter((r) => r.status === 'registered')).toHaveLength(20);
    expect(after.filter((r) => r.status === 'cancelled')).toHaveLength(10);
    const firstTen = waiting.slice(0, 10).map((r) => r._id.toHexString());
    const stillWaiting = after
      .filter((r) => r.status === 'waiting')
      .map((r) => r._id.toHexString());
    expect(stillWaiting).toEqual(waiting.slice(10).map((r) => r._id.toHexString()));
    for (const id of firstTen) {
      const registration = after.find((r) => r._id.toHexString() === id)!;
      expect(registration.status).toBe('registered');
      const moved = (await mailsTo(registration.email)).filter((m) =>
        m.subject.startsWith('Sie sind nachgerückt'),
      );
      expect(moved).toHaveLength(1);
    }
    for (const registration of waiting.slice(10)) {
      expect(
        (await mailsTo(registration.email)).some((m) =>
          m.subject.startsWith('Sie sind nachgerückt'),
        ),
      ).toBe(false);
    }
    expect(await TrainingPlaceModel.countDocuments({ sessionId })).toBe(20);
  }, 240_000);
});
