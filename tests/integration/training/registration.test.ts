import type {
  MyRegistrationEntry,
  RegistrationView,
  TrainingOffer,
  TrainingParticipant,
} from '@pnetz/shared';
import ICAL from 'ical.js';
import request from 'supertest';
import { createLogger } from '../../../server/src/logger';
import { outboxMailer } from '../../../server/src/mail/mailer';
import { createTrainingContext } from '../../../server/src/training/wiring';
import { TrainingRegistrationModel } from '../../../server/src/training/registration.model';
import { releaseUnconfirmed, sendReminders } from '../../../server/src/training/sweeps';
import { createUser } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import {
  createOffer,
  inDays,
  mailsTo,
  seminar,
  signedIn,
  tokenIn,
  trainingActors,
} from './support';

let app: TestServer;
const anon = () => new ApiClient(app.url);
let actors: Awaited<ReturnType<typeof trainingActors>>;

beforeAll(async () => {
  app = await startTestServer();
  actors = await trainingActors(app.url);
});
afterAll(() => app.close());

/** The same context the server uses; its mails go to the same outbox. */
const trainingContext = () =>
  createTrainingContext(app.env, createLogger('silent'), outboxMailer());

describe('the catalogue', () => {
  it('lets coordinators create offers, nobody else, and refuses bad input naming the field', async () => {
    const member = await actors.clients.member.send('post', '/api/training/offers', seminar());
    expect(member.status).toBe(403);
    const online = await actors.clients.coordinator.send(
      'post',
      '/api/training/offers',
      seminar({ format: 'online' }),
    );
    expect(online.status).toBe(400);
    expect(online.body.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'body.sessions.0.link' })]),
    );
    const markup = await actors.clients.coordinator.send(
      'post',
      '/api/training/offers',
      seminar({ title: '<script>alert(1)</script>' }),
    );
    expect(markup.status).toBe(400);
    const backwards = await actors.clients.coordinator.send(
      'post',
      '/api/training/offers',
      seminar({}, { endsAt: inDays(13) }),
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields[0].path).toBe('body.sessions.0.endsAt');
  });

  it('is public, filtered by field, target group, format, place and date, and found by search', async () => {
    const graffiti = await createOffer(
      actors.clients.coordinator,
      seminar({ title: 'Graffiti-Seminar Filtertest' }),
    );
    const online = await createOffer(
      actors.clients.coordinator,
      seminar(
        {
          title: 'Online-Seminar Häusliche Gewalt',
          type: 'online_seminar',
          format: 'online',
          fieldsOfAction: ['domestic_violence'],
          targetGroups: ['school'],
        },
        {
          place: '',
          link: 'https://konferenz.example/raum',
          startsAt: inDays(40, 14),
          endsAt: inDays(40, 16),
        },
      ),
    );
    const list = async (query: string) =>
      (
        (await request(app.url).get(`/api/training/offers${query}`).expect(200)).body
          .items as TrainingOffer[]
      ).map((o) => o.id);
    expect(await list('')).toEqual(expect.arrayContaining([graffiti.id, online.id]));
    expect(await list('?field=domestic_violence')).toEqual([online.id]);
    expect(await list('?targetGroup=school')).toEqual([online.id]);
    expect(await list('?format=online')).toEqual([online.id]);
    expect(await list('?place=dresden')).not.toContain(online.id);
    expect(await list('?place=dresden')).toContain(graffiti.id);
    expect(await list(`?to=${inDays(20).slice(0, 10)}`)).not.toContain(online.id);
    expect(await list(`?from=${inDays(30).slice(0, 10)}`)).toEqual([online.id]);
    const bad = await request(app.url).get('/api/training/offers?format=teleport').expect(400);
    expect(bad.body.error.fields[0].path).toBe('query.format');

    const found = await actors.clients.other.get('/api/search?q=Häusliche%20Gewalt').expect(200);
    expect(
      found.body.items.map((i: { type: string; id: string }) => [i.type, i.id]),
    ).toContainEqual(['training', online.id]);
  });
});

describe('registration', () => {
  it('registers a member in one step with organisation and council, and mails a valid .ics', async () => {
    const offer = await createOffer(actors.clients.coordinator, seminar());
    const session = offer.sessions[0]!;
    const res = await actors.clients.member.send(
      'post',
      `/api/training/sessions/${session.id}/registrations`,
    );
    expect(res.status).toBe(201);
    const entry = res.body as MyRegistrationEntry;
    expect(entry.status).toBe('registered');

    const participants = (
      await actors.clients.coordinator
        .get(`/api/training/sessions/${session.id}/participants`)
        .expect(200)
    ).body.items as TrainingParticipant[];
    expect(participants).toEqual([
      expect.objectContaining({
        name: 'Mara Muster',
        organisation: 'Polizeirevier Glauchau',
        council: actors.council.name,
        status: 'registered',
      }),
    ]);

    const mail = (await mailsTo(actors.users.member.email)).at(-1)!;
    expect(mail.subject).toBe(`Anmeldebestätigung: ${offer.title}`);
    expect(mail.text).toContain(entry.checkInCode);
    const ics = mail.attachments!.find((a) => a.filename.endsWith('.ics'))!;
    const calendar = new ICAL.Component(ICAL.parse(ics.content));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(offer.title);
    expect(event.startDate.toJSDate().toISOString()).toBe(session.startsAt);
    expect(event.location).toBe('Dresden, Landespräventionsrat');
    expect(mail.attachments!.find((a) => a.contentType === 'image/png')).toBeDefined();

    // Members also hear it in the app.
    const notifications = (await actors.clients.member.get('/api/notifications').expect(200)).body;
    expect(notifications.items).toContainEqual(
      expect.objectContaining({ trigger: 'training', title: `Anmeldebestätigung: ${offer.title}` }),
    );

    const twice = await actors.clients.member.send(
      'post',
      `/api/training/sessions/${session.id}/registrations`,
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.id).toBe('already_registered');
    expect(await TrainingRegistrationModel.countDocuments({ sessionId: session.id })).toBe(1);
  });

  it('refuses registration before and after the window, storing nothing', async () => {
    const notYet = await createOffer(
      actors.clients.coordinator,
      seminar({}, { registrationOpensAt: inDays(5) }),
    );
    const closed = await createOffer(
      actors.clients.coordinator,
      seminar(
        {},
        {
          registrationOpensAt: inDays(-5),
          registrationClosesAt: new Date(Date.now() - 60_000).toISOString(),
        },
      ),
    );
    for (const offer of [notYet, closed]) {
      const res = await actors.clients.member.send(
        'post',
        `/api/training/sessions/${offer.sessions[0]!.id}/registrations`,
      );
      expect(res.status).toBe(409);
      expect(res.body.error.id).toBe('registration_closed');
      const guest = await anon().send(
        'post',
        `/api/training/sessions/${offer.sessions[0]!.id}/guest-registrations`,
        { name: 'Gesa Gast', organisation: 'Verein', email: 'gesa@verein.example' },
      );
      expect(guest.body.error.id).toBe('registration_closed');
      expect(await TrainingRegistrationModel.countDocuments({ offerId: offer.id })).toBe(0);
    }
  });

  it('refuses a full session without waiting list, storing nothing', async () => {
    const offer = await createOffer(
      actors.clients.coordinator,
      seminar({ waitlist: false }, { capacity: 1 }),
    );
    const sessionId = offer.sessions[0]!.id;
    expect(
      (
        await actors.clients.member.send(
          'post',
          `/api/training/sessions/${sessionId}/registrations`,
        )
      ).status,
    ).toBe(201);
    const full = await actors.clients.other.send(
      'post',
      `/api/training/sessions/${sessionId}/registrations`,
    );
    expect(full.status).toBe(409);
    expect(full.body.error.id).toBe('session_full');
    expect(await TrainingRegistrationModel.countDocuments({ sessionId })).toBe(1);
    // Trying again after the refusal is refused the same way (no leftover counts as "registered").
    expect(
      (await actors.clients.other.send('post', `/api/training/sessions/${sessionId}/registrations`))
        .body.error.id,
    ).toBe('session_full');
  });

  it('lets a guest register, holds the place until the e-mail is confirmed (double opt-in)', async () => {
    const offer = await createOffer(actors.clients.coordinator, seminar({}, { capacity: 1 }));
    const sessionId = offer.sessions[0]!.id;
    const bad = await anon().send(
      'post',
      `/api/training/sessions/${sessionId}/guest-registrations`,
      { name: 'Gesa Gast', organisation: 'Verein', email: 'kein-mail' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('body.email');

    const res = await anon().send(
      'post',
      `/api/training/sessions/${sessionId}/guest-registrations`,
      { name: 'Gesa Gast', organisation: 'Streetwork e. V.', email: 'Gesa@Verein.example' },
    );
    expect(res.status).toBe(202);
    const request1 = (await mailsTo('gesa@verein.example')).at(-1)!;
    expect(request1.subject).toContain('Bitte bestätigen');
    const token = tokenIn(request1.text);
    const before = (
      await request(app.url).get(`/api/training/registrations/by-token/${token}`).expect(200)
    ).body as RegistrationView;
    expect(before).toMatchObject({ confirmed: false, status: 'registered' });

    // A forged link is unknown.
    const forged = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
    await anon()
      .send('post', `/api/training/registrations/by-token/${forged}/confirm`)
      .then((res) => {
        expect(res.status).toBe(404);
        return res;
      });

    const confirmed = await anon()
      .send('post', `/api/training/registrations/by-token/${token}/confirm`)
      .then((res) => {
        expect(res.status).toBe(200);
        return res;
      });
    expect(confirmed.body).toMatchObject({ confirmed: true, status: 'registered' });
    const confirmation = (await mailsTo('gesa@verein.example')).at(-1)!;
    expect(confirmation.subject).toBe(`Anmeldebestätigung: ${offer.title}`);
    expect(confirmation.attachments!.some((a) => a.filename === 'termin.ics')).toBe(true);
  });

  it('releases an unconfirmed place after the set time and moves the waiting list up', async () => {
    const offer = await createOffer(actors.clients.coordinator, seminar({}, { capacity: 1 }));
    const sessionId = offer.sessions[0]!.id;
    await anon()
      .send('post', `/api/training/sessions/${sessionId}/guest-registrations`, {
        name: 'Nie Bestätigt',
        organisation: 'Verein',
        email: 'nie@verein.example',
      })
      .then((res) => expect(res.status).toBe(202));
    const token = tokenIn((await mailsTo('nie@verein.example')).at(-1)!.text);
    const waiting = await actors.clients.member.send(
      'post',
      `/api/training/sessions/${sessionId}/registrations`,
    );
    expect(waiting.body).toMatchObject({ status: 'waiting', position: 1 });
    expect((await mailsTo(actors.users.member.email)).at(-1)!.text).toContain('Warteliste: 1');

    const ctx = trainingContext();
    expect(await releaseUnconfirmed(ctx, new Date(Date.now() + 2 * 3_600_000))).toBe(0);
    expect(await releaseUnconfirmed(ctx, new Date(Date.now() + 25 * 3_600_000))).toBe(1);
    const late = await anon().send('post', `/api/training/registrations/by-token/${token}/confirm`);
    expect(late.status).toBe(410);
    expect(late.body.error.id).toBe('registration_expired');
    const moved = (
      await actors.clients.member.get('/api/training/registrations/mine').expect(200)
    ).body.items.find((r: MyRegistrationEntry) => r.session.id === sessionId);
    expect(moved.status).toBe('registered');
    expect((await mailsTo(actors.users.member.email)).at(-1)!.subject).toBe(
      `Sie sind nachgerückt: ${offer.title}`,
    );
  });

  it('lets participants cancel until the deadline, the organiser any time', async () => {
    const soon = await createOffer(
      actors.clients.coordinator,
      seminar({ cancelUntilHours: 48 }, { startsAt: inDays(1, 8), endsAt: inDays(1, 12) }),
    );
    const sessionId = soon.sessions[0]!.id;
    const entry = (
      await actors.clients.member.send('post', `/api/training/sessions/${sessionId}/registrations`)
    ).body as MyRegistrationEntry;
    expect(entry.canCancel).toBe(false);
    const late = await anon().send(
      'post',
      `/api/training/registrations/by-token/${entry.token}/cancel`,
    );
    expect(late.status).toBe(409);
    expect(late.body.error.id).toBe('cancellation_closed');
    const someoneElse = await actors.clients.other.send(
      'post',
      `/api/training/registrations/${entry.id}/cancel`,
    );
    expect(someoneElse.status).toBe(404);
    const byOrganiser = await actors.clients.coordinator.send(
      'post',
      `/api/training/registrations/${entry.id}/cancel`,
    );
    expect(byOrganiser.body.status).toBe('cancelled');
    expect((await mailsTo(actors.users.member.email)).at(-1)!.subject).toBe(
      `Stornierung: ${soon.title}`,
    );
    // Cancelled, the person may register again.
    expect(
      (
        await actors.clients.member.send(
          'post',
          `/api/training/sessions/${sessionId}/registrations`,
        )
      ).status,
    ).toBe(201);
  });

  it('lets the organiser move someone to another date; the freed place goes to the waiting list', async () => {
    const offer = await createOffer(
      actors.clients.coordinator,
      seminar({ title: 'Umbuchungstest' }, { capacity: 1 }),
    );
    const twoDates = await createOffer(actors.clients.coordinator, {
      ...seminar({ title: 'Zwei Termine' }),
      sessions: [
        { startsAt: inDays(20, 8), endsAt: inDays(20, 12), place: 'Dresden', capacity: 1 },
        { startsAt: inDays(27, 8), endsAt: inDays(27, 12), place: 'Leipzig', capacity: 1 },
      ],
    });
    const [first, later] = twoDates.sessions;
    const a = await createUser({ name: 'Anna Umbuchung' });
    const b = await createUser({ name: 'Bernd Warteliste' });
    const clientA = await signedIn(app.url, a);
    const clientB = await signedIn(app.url, b);
    const regA = (await clientA.send('post', `/api/training/sessions/${first!.id}/registrations`))
      .body;
    const regB = (await clientB.send('post', `/api/training/sessions/${first!.id}/registrations`))
      .body;
    expect([regA.status, regB.status]).toEqual(['registered', 'waiting']);

    const member = await actors.clients.member.send(
      'post',
      `/api/training/registrations/${regA.id}/move`,
      {
        sessionId: later!.id,
      },
    );
    expect(member.status).toBe(403);
    const moved = await actors.clients.coordinator.send(
      'post',
      `/api/training/registrations/${regA.id}/move`,
      {
        sessionId: later!.id,
      },
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'registered', name: 'Anna Umbuchung' });
    expect((await mailsTo(a.email)).at(-1)!.text).toContain('Leipzig');
    expect((await mailsTo(b.email)).at(-1)!.subject).toBe('Sie sind nachgerückt: Zwei Termine');

    const full = await actors.clients.coordinator.send(
      'post',
      `/api/training/registrations/${regB.id}/move`,
      {
        sessionId: later!.id,
      },
    );
    expect(full.status).toBe(409);
    expect(full.body.error.id).toBe('session_full');
    const elsewhere = await actors.clients.coordinator.send(
      'post',
      `/api/training/registrations/${regB.id}/move`,
      {
        sessionId: offer.sessions[0]!.id,
      },
    );
    expect(elsewhere.status).toBe(404);
  });

  it('asks the organiser before lowering the capacity below the places taken, and drops nobody', async () => {
    const offer = await createOffer(actors.clients.coordinator, seminar({}, { capacity: 3 }));
    const sessionId = offer.sessions[0]!.id;
    const people = await Promise.all([0, 1, 2].map((i) => createUser({ name: `Person ${i}` })));
    for (const person of people) {
      const client = await signedIn(app.url, person);
      expect(
        (await client.send('post', `/api/training/sessions/${sessionId}/registrations`)).status,
      ).toBe(201);
    }
    const asked = await actors.clients.coordinator.send(
      'patch',
      `/api/training/sessions/${sessionId}`,
      { capacity: 1 },
    );
    expect(asked.status).toBe(409);
    expect(asked.body.error.id).toBe('capacity_below_registered');
    expect(asked.body.error.fields[0].path).toBe('body.overflow');

    const kept = await actors.clients.coordinator.send(
      'patch',
      `/api/training/sessions/${sessionId}`,
      {
        capacity: 2,
        overflow: 'keep',
      },
    );
    expect(kept.body.sessions[0]).toMatchObject({
      capacity: 2,
      registered: 3,
      free: 0,
      waiting: 0,
    });

    const moved = await actors.clients.coordinator.send(
      'patch',
      `/api/training/sessions/${sessionId}`,
      {
        capacity: 1,
        overflow: 'waitlist',
      },
    );
    expect(moved.body.sessions[0]).toMatchObject({ capacity: 1, registered: 1, waiting: 2 });
    const list = (
      await actors.clients.coordinator.get(`/api/training/sessions/${sessionId}/participants`)
    ).body.items as TrainingParticipant[];
    expect(list.map((p) => [p.name, p.status, p.position])).toEqual([
      ['Person 0', 'registered', null],
      ['Person 1', 'waiting', 1],
      ['Person 2', 'waiting', 2],
    ]);
    expect((await mailsTo(people[2]!.email)).at(-1)!.subject).toBe(`Warteliste: ${offer.title}`);
  });

  it('tells everyone of a change of time or place, and of a cancelled event', async () => {
    const offer = await createOffer(actors.clients.coordinator, seminar());
    const sessionId = offer.sessions[0]!.id;
    await actors.clients.member.send('post', `/api/training/sessions/${sessionId}/registrations`);
    const changed = await actors.clients.coordinator.send(
      'patch',
      `/api/training/sessions/${sessionId}`,
      {
        place: 'Glauchau, Rathaus',
      },
    );
    expect(changed.status).toBe(200);
    const mail = (await mailsTo(actors.users.member.email)).at(-1)!;
    expect(mail.subject).toBe(`Geänderter Termin oder Ort: ${offer.title}`);
    expect(mail.text).toContain('Glauchau, Rathaus');
    await actors.clients.coordinator.send('post', `/api/training/offers/${offer.id}/cancel`);
    expect((await mailsTo(actors.users.member.email)).at(-1)!.subject).toBe(
      `Abgesagt: ${offer.title}`,
    );
    const after = await actors.clients.other.send(
      'post',
      `/api/training/sessions/${sessionId}/registrations`,
    );
    expect(after.body.error.id).toBe('registration_closed');
  });

  it('reminds people holding a place one day before, once', async () => {
    const offer = await createOffer(
      actors.clients.coordinator,
      seminar({}, { startsAt: inDays(3, 8), endsAt: inDays(3, 12) }),
    );
    await actors.clients.other.send(
      'post',
      `/api/training/sessions/${offer.sessions[0]!.id}/registrations`,
    );
    const ctx = trainingContext();
    const dayBefore = new Date(Date.parse(offer.sessions[0]!.startsAt) - 20 * 3_600_000);
    expect(await sendReminders(ctx, dayBefore)).toBe(1);
    expect(await sendReminders(ctx, dayBefore)).toBe(0);
    expect((await mailsTo(actors.users.other.email)).at(-1)!.subject).toBe(
      `Erinnerung: morgen ${offer.title}`,
    );
  });
});

describe('the calendar', () => {
  it('lists the sessions a member holds a place in, in the app and in the .ics feed', async () => {
    const offer = await createOffer(
      actors.clients.coordinator,
      seminar({ title: 'Kalendertest Seminar' }, { startsAt: inDays(9, 8), endsAt: inDays(9, 12) }),
    );
    const person = await createUser({ name: 'Kalender Person' });
    const client = await signedIn(app.url, person);
    await client.send('post', `/api/training/sessions/${offer.sessions[0]!.id}/registrations`);
    const entries = (await client.get('/api/calendar').expect(200)).body.items;
    expect(entries).toEqual([
      expect.objectContaining({
        title: 'Kalendertest Seminar',
        owner: { type: 'training', id: offer.id, title: 'Kalendertest Seminar' },
      }),
    ]);
    const feed = (await client.send('post', '/api/calendar/feed')).body as { url: string };
    const res = await request(app.url)
      .get(new URL(feed.url).pathname)
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done(null, text));
      });
    const calendar = new ICAL.Component(ICAL.parse(res.body as string));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.summary)).toEqual(['Kalendertest Seminar']);
  });
});
