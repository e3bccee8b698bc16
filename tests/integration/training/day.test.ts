import type { CheckInResult, MyRegistrationEntry, TrainingFigures } from '@pnetz/shared';
import { TrainingCertificateModel } from '../../../server/src/training/certificate.model';
import { TrainingRegistrationModel } from '../../../server/src/training/registration.model';
import { deleteOldRegistrations } from '../../../server/src/training/sweeps';
import { createUser } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { createOffer, inDays, mailsTo, seminar, signedIn, trainingActors } from './support';

let app: TestServer;
let actors: Awaited<ReturnType<typeof trainingActors>>;
const anon = () => new ApiClient(app.url);

beforeAll(async () => {
  app = await startTestServer();
  actors = await trainingActors(app.url);
});
afterAll(() => app.close());

/** A seminar that began an hour ago (registration closed before), with the given people registered. */
async function runningSeminar(people: ApiClient[]) {
  const offer = await createOffer(
    actors.clients.coordinator,
    seminar(
      {
        title: `Gewaltprävention an Schulen ${Math.random().toString(36).slice(2, 6)}`,
        fieldsOfAction: ['violence'],
      },
      {
        startsAt: inDays(5, 8),
        endsAt: inDays(5, 15),
      },
    ),
  );
  const sessionId = offer.sessions[0]!.id;
  const entries: MyRegistrationEntry[] = [];
  for (const person of people) {
    const res = await person.send('post', `/api/training/sessions/${sessionId}/registrations`);
    entries.push(res.body as MyRegistrationEntry);
  }
  // The day has come: move the session into the past hour.
  await actors.clients.coordinator
    .send('patch', `/api/training/sessions/${sessionId}`, {
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    .then((res) => expect(res.status).toBe(200));
  return { offer, sessionId, entries };
}

describe('running the day', () => {
  it('prints the attendance list as PDF for organisers only', async () => {
    const { sessionId } = await runningSeminar([actors.clients.member]);
    const pdf = await actors.clients.coordinator
      .get(`/api/training/sessions/${sessionId}/attendance.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await actors.clients.member.get(`/api/training/sessions/${sessionId}/attendance.pdf`))
        .status,
    ).toBe(403);
    expect(
      (await actors.clients.member.get(`/api/training/sessions/${sessionId}/participants`)).status,
    ).toBe(403);
  });

  it('checks in by code idempotently (offline sync sends twice), and refuses unknown codes', async () => {
    const { sessionId, entries } = await runningSeminar([
      actors.clients.member,
      actors.clients.other,
    ]);
    const at = new Date(Date.now() - 60_000).toISOString();
    const code = entries[0]!.checkInCode.toLowerCase().replace('-', ' ');
    const first = await actors.clients.coordinator.send(
      'post',
      `/api/training/sessions/${sessionId}/check-ins`,
      {
        items: [
          { code, at },
          { code: 'ZZZZ-ZZZZ', at },
        ],
      },
    );
    expect((first.body.results as CheckInResult[]).map((r) => [r.outcome, r.name])).toEqual([
      ['checked_in', 'Mara Muster'],
      ['unknown', null],
    ]);
    const again = await actors.clients.coordinator.send(
      'post',
      `/api/training/sessions/${sessionId}/check-ins`,
      {
        items: [{ code: entries[0]!.checkInCode, at: new Date().toISOString() }],
      },
    );
    expect(again.body.results[0].outcome).toBe('already');
    const stored = await TrainingRegistrationModel.findById(entries[0]!.id).lean();
    expect(stored!.checkedInAt!.toISOString()).toBe(at);
    const byMember = await actors.clients.member.send(
      'post',
      `/api/training/sessions/${sessionId}/check-ins`,
      {
        items: [{ code: entries[1]!.checkInCode, at }],
      },
    );
    expect(byMember.status).toBe(403);
  });

  it('issues certificates to those checked in, verifiable publicly by code, and nothing else', async () => {
    const { offer, sessionId, entries } = await runningSeminar([
      actors.clients.member,
      actors.clients.other,
    ]);
    await actors.clients.coordinator.send('post', `/api/training/sessions/${sessionId}/check-ins`, {
      items: [{ code: entries[0]!.checkInCode, at: new Date().toISOString() }],
    });
    const issued = await actors.clients.coordinator.send(
      'post',
      `/api/training/sessions/${sessionId}/certificates`,
    );
    expect(issued.body).toEqual({ issued: 1, total: 1 });
    expect(
      (
        await actors.clients.coordinator.send(
          'post',
          `/api/training/sessions/${sessionId}/certificates`,
        )
      ).body,
    ).toEqual({
      issued: 0,
      total: 1,
    });
    const view = (await anon().get(`/api/training/registrations/by-token/${entries[0]!.token}`))
      .body;
    expect(view.certificateCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const check = await anon()
      .get(`/api/training/certificates/${view.certificateCode}`)
      .expect(200);
    expect(check.body).toEqual({
      code: view.certificateCode,
      name: 'Mara Muster',
      offerTitle: offer.title,
      date: expect.any(String),
    });
    const forged = await anon().get('/api/training/certificates/AAAA-BBBB-CCCC');
    expect(forged.status).toBe(404);
    expect(forged.body.error.id).toBe('not_found');
    const pdf = await anon()
      .get(`/api/training/registrations/by-token/${entries[0]!.token}/certificate`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    // Not checked in: no certificate.
    expect(
      (await anon().get(`/api/training/registrations/by-token/${entries[1]!.token}/certificate`))
        .status,
    ).toBe(404);

    // The registrations go a set time after the event; the certificate stays verifiable.
    expect(
      await deleteOldRegistrations(new Date(Date.now() + 200 * 86_400_000)),
    ).toBeGreaterThanOrEqual(2);
    expect(await TrainingRegistrationModel.countDocuments({ sessionId })).toBe(0);
    await anon().get(`/api/training/certificates/${view.certificateCode}`).expect(200);
  });

  it('counts participants per offer, council and field of action for the programme dashboard', async () => {
    const { offer } = await runningSeminar([actors.clients.member]);
    const figures = (await actors.clients.coordinator.get('/api/training/figures').expect(200))
      .body as TrainingFigures;
    expect(figures.byOffer.find((r) => r.key === offer.id)).toMatchObject({
      registered: 1,
      attended: 0,
    });
    expect(
      figures.byCouncil.find((r) => r.label === actors.council.name)!.registered,
    ).toBeGreaterThanOrEqual(1);
    expect(figures.byField.find((r) => r.key === 'violence')!.registered).toBeGreaterThanOrEqual(1);
    expect((await actors.clients.member.get('/api/training/figures')).status).toBe(403);
    // … and in the programme's exports.
    const csv = await actors.clients.coordinator
      .get('/api/programme/export?format=csv&table=training')
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
    expect(csv.status).toBe(200);
    expect(csv.body as string).toContain(`Angebot;${offer.title};1;0`);
    expect(csv.body as string).toContain('Handlungsfeld;Gewalt');
  });
});

describe('privacy', () => {
  it("exports a member's registrations and deletes them with the account, freeing the place", async () => {
    const person = await createUser({ name: 'Daten Person' });
    const client = await signedIn(app.url, person);
    const offer = await createOffer(actors.clients.coordinator, seminar({}, { capacity: 1 }));
    const sessionId = offer.sessions[0]!.id;
    await client.send('post', `/api/training/sessions/${sessionId}/registrations`);
    const waiting = await actors.clients.other.send(
      'post',
      `/api/training/sessions/${sessionId}/registrations`,
    );
    expect(waiting.body.status).toBe('waiting');
    const exported = (await client.get('/api/me/export').expect(200)).body;
    expect(exported.content.trainingRegistrations).toEqual([
      expect.objectContaining({
        sessionId,
        status: 'registered',
        email: person.email,
      }),
    ]);
    const deleted = await client.send('delete', '/api/me', { password: person.password });
    expect(deleted.status).toBe(204);
    expect(await TrainingRegistrationModel.countDocuments({ userId: person.id })).toBe(0);
    const moved = await TrainingRegistrationModel.findById(waiting.body.id).lean();
    expect(moved!.status).toBe('registered');
    expect((await mailsTo(actors.users.other.email)).at(-1)!.subject).toBe(
      `Sie sind nachgerückt: ${offer.title}`,
    );
    expect(await TrainingCertificateModel.countDocuments({ userId: person.id })).toBe(0);
  });
});
