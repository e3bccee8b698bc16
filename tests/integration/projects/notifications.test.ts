import {
  PLAN_DOCUMENT,
  ServerEvent,
  type NotificationCreated,
  type NotificationPage,
  type NotificationsRead,
} from '@pnetz/shared';
import * as Y from 'yjs';
import { outboxMailer } from '../../../server/src/mail/mailer';
import { OutboxMailModel } from '../../../server/src/mail/outbox.model';
import { sendDigests } from '../../../server/src/notifications/digest';
import { claimDigest } from '../../../server/src/notifications/jobs';
import { NotificationModel } from '../../../server/src/notifications/notification.model';
import { sweepInvitations, sweepMeasures } from '../../../server/src/notifications/sweeps';
import { mirrorMeasures } from '../../../server/src/plans/measures.mirror';
import { createLogger } from '../../../server/src/logger';
import { createProjectWiring } from '../../../server/src/projects/wiring';
import { invite } from '../../support/councils';
import { eventually } from '../../support/eventually';
import { createPlan } from '../../support/factories';
import {
  completeProject,
  councilWith,
  createProject,
  signedInPerson,
  type Person,
} from '../../support/projects';
import { startTestServer, type TestServer } from '../../support/server';
import { connectSocket, whenConnected, type TestSocket } from '../../support/sockets';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

const sockets: TestSocket[] = [];
afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));

type Council = { workspaceId: string } & Record<
  'admin' | 'teacher' | 'police' | 'streetwork',
  Person
>;
const council = () =>
  councilWith(app.url, {
    admin: 'admin',
    teacher: 'member',
    police: 'member',
    streetwork: 'member',
  }) as Promise<Council>;

const notificationsOf = async (person: Person) =>
  (await person.client.get('/api/notifications').expect(200)).body as NotificationPage;
const mailsTo = (person: Person, kind: 'notification' | 'digest') =>
  person.client
    .get('/api/auth/session')
    .then((res) => OutboxMailModel.find({ to: res.body.user.email, kind }).sort({ _id: 1 }).lean());
const setPreferences = async (person: Person, preferences: Record<string, string>) => {
  const res = await person.client.send('put', '/api/notifications/preferences', preferences);
  expect(res.status).toBe(200);
};

async function bell(person: Person) {
  const socket = connectSocket(app.url, person.client.cookieHeader());
  sockets.push(socket);
  const created: NotificationCreated[] = [];
  const read: NotificationsRead[] = [];
  socket.on(ServerEvent.NotificationCreated, (payload) => created.push(payload));
  socket.on(ServerEvent.NotificationsRead, (payload) => read.push(payload));
  await whenConnected(socket);
  return { created, read };
}

describe('mentions', () => {
  it('a mentioned member is told live and by e-mail at once (the default for mentions)', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    const live = await bell(c.police);
    const res = await c.teacher.client.send('post', `/api/projects/${project.id}/updates`, {
      text: `@${c.police.name} schauen Sie sich das neue Wandbild an!`,
      mentions: [c.police.id],
    });
    expect(res.status).toBe(201);
    await eventually(() => expect(live.created).toHaveLength(1));
    expect(live.created[0]).toMatchObject({
      unread: 1,
      notification: {
        trigger: 'mention',
        actor: { id: c.teacher.id },
        title: project.title,
        subject: { type: 'update', id: res.body.id },
        link: `/raete/${c.workspaceId}/projekte/${project.id}#update-${res.body.id}`,
      },
    });
    const mails = await mailsTo(c.police, 'notification');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('hat Sie in „Wandbilder statt illegaler Graffiti“ erwähnt');
    expect(mails[0]!.text).toContain(`/raete/${c.workspaceId}/projekte/${project.id}#update-`);
    // The author is not notified about their own post.
    expect((await notificationsOf(c.teacher)).items).toEqual([]);
  });

  it('only members of the council can be mentioned', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    const outsider = await signedInPerson(app.url);
    const res = await c.teacher.client.send('post', `/api/projects/${project.id}/comments`, {
      text: 'Hallo',
      mentions: [outsider.id],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.mentions.0');
    expect(await NotificationModel.countDocuments({ userId: outsider.id })).toBe(0);
  });
});

describe('comments on what I follow, updates on projects I am partner of', () => {
  it('comment → the update’s author hears of it; a mentioned person only once, as a mention', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    const update = await c.teacher.client.send('post', `/api/projects/${project.id}/updates`, {
      text: 'Update',
    });
    const comment = await c.police.client.send(
      'post',
      `/api/project-updates/${update.body.id}/comments`,
      {
        text: `Danke! @${c.streetwork.name}`,
        mentions: [c.streetwork.id],
      },
    );
    expect(comment.status).toBe(201);
    const teacher = await notificationsOf(c.teacher);
    expect(teacher.items.map((n) => n.trigger)).toEqual(['comment']);
    expect(teacher.items[0]).toMatchObject({
      excerpt: `Danke! @${c.streetwork.name}`,
      subject: { type: 'comment' },
    });
    expect((await notificationsOf(c.streetwork)).items.map((n) => n.trigger)).toEqual(['mention']);

    // The commenter follows the conversation now.
    await c.teacher.client.send('post', `/api/project-updates/${update.body.id}/comments`, {
      text: 'Gern!',
    });
    expect((await notificationsOf(c.police)).items.map((n) => n.trigger)).toEqual(['comment']);
  });

  it('an update reaches the people of the project’s partners (collected for the daily digest by default)', async () => {
    const c = await council();
    const project = await createProject(
      c.teacher.client,
      c.workspaceId,
      completeProject({
        partners: [
          {
            organisation: 'Streetwork e. V.',
            type: 'association',
            role: 'Aufsuchende Arbeit',
            userIds: [c.streetwork.id],
          },
        ],
      }),
    );
    expect(project.partners[0]!.users).toEqual([expect.objectContaining({ id: c.streetwork.id })]);
    await c.teacher.client.send('post', `/api/projects/${project.id}/updates`, {
      text: 'Neues vom Projekt',
    });
    const page = await notificationsOf(c.streetwork);
    expect(page.items.map((n) => n.trigger)).toEqual(['partner_update']);
    expect(await NotificationModel.findOne({ userId: c.streetwork.id }).lean()).toMatchObject({
      channel: 'digest',
      emailedAt: null,
    });
    expect(await mailsTo(c.streetwork, 'notification')).toEqual([]);
  });

  it('a guest listed as partner may post updates and comment; other guests may not', async () => {
    const c = await councilWith(app.url, { admin: 'admin', partner: 'guest', guest: 'guest' });
    const project = await createProject(
      c.admin.client,
      c.workspaceId,
      completeProject({
        partners: [
          {
            organisation: 'Kita Sonnenschein',
            type: 'school',
            role: 'Elternarbeit',
            userIds: [c.partner.id],
          },
        ],
      }),
    );
    expect(
      (await c.partner.client.get(`/api/projects/${project.id}`)).body.permissions,
    ).toMatchObject({ edit: false, post: true });
    expect(
      (
        await c.partner.client.send('post', `/api/projects/${project.id}/updates`, {
          text: 'Elternabend war voll',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await c.guest.client.send('post', `/api/projects/${project.id}/updates`, {
          text: 'Ich auch',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await c.guest.client.send('post', `/api/projects/${project.id}/comments`, {
          text: 'Ich auch',
        })
      ).status,
    ).toBe(403);
  });
});

describe('preferences per trigger', () => {
  it('off means nothing; in-app means no mail; bad values get a 400 naming the trigger', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    await setPreferences(c.police, { mention: 'in_app', comment: 'off' });
    expect(
      (await c.police.client.get('/api/notifications/preferences').expect(200)).body,
    ).toMatchObject({
      mention: 'in_app',
      comment: 'off',
      partner_update: 'digest',
    });
    await c.police.client.send('post', `/api/projects/${project.id}/comments`, {
      text: 'Ich folge jetzt',
    });
    await c.teacher.client.send('post', `/api/projects/${project.id}/comments`, {
      text: `@${c.police.name} bitte`,
      mentions: [c.police.id],
    });
    await c.teacher.client.send('post', `/api/projects/${project.id}/comments`, {
      text: 'Noch ein Kommentar',
    });
    expect((await notificationsOf(c.police)).items.map((n) => n.trigger)).toEqual(['mention']);
    expect(await mailsTo(c.police, 'notification')).toEqual([]);

    const bad = await c.police.client.send('put', '/api/notifications/preferences', {
      mention: 'sms',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('body.mention');
  });

  it('immediate mails do not flood: more about the same thing within minutes waits for the digest', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    await setPreferences(c.teacher, { comment: 'email' });
    for (const text of ['Eins', 'Zwei', 'Drei']) {
      await c.police.client.send('post', `/api/projects/${project.id}/comments`, { text });
    }
    expect(await mailsTo(c.teacher, 'notification')).toHaveLength(1);
    expect((await notificationsOf(c.teacher)).items).toHaveLength(3);
    expect(
      await NotificationModel.countDocuments({ userId: c.teacher.id, channel: 'digest' }),
    ).toBe(2);
  });
});

describe('the daily digest', () => {
  it('groups by trigger and item, leaves out what was read, and sends each notification once', async () => {
    const c = await council();
    await setPreferences(c.teacher, { comment: 'digest', mention: 'digest' });
    const graffiti = await createProject(c.teacher.client, c.workspaceId);
    const streetwork = await createProject(
      c.teacher.client,
      c.workspaceId,
      completeProject({ title: 'Streetwork am Markt' }),
    );
    const update = await c.teacher.client.send('post', `/api/projects/${graffiti.id}/updates`, {
      text: 'Update',
    });
    for (const [person, text] of [
      [c.police, 'Super'],
      [c.streetwork, 'Toll'],
      [c.police, 'Nochmal'],
    ] as const) {
      await person.client.send('post', `/api/project-updates/${update.body.id}/comments`, { text });
    }
    await c.police.client.send('post', `/api/projects/${streetwork.id}/comments`, {
      text: `@${c.teacher.name}`,
      mentions: [c.teacher.id],
    });
    await c.admin.client.send('post', `/api/projects/${streetwork.id}/comments`, {
      text: 'Gelesen',
    });
    const read = (await notificationsOf(c.teacher)).items.find((n) => n.excerpt === 'Gelesen')!;
    await c.teacher.client.send('post', '/api/notifications/read', { ids: [read.id] });

    const deps = { mailer: outboxMailer(), baseUrl: 'https://praeventionsnetz.example' };
    const now = new Date();
    // Two instances at once: each notification is claimed by one of them.
    const sent = await Promise.all([sendDigests(now, deps), sendDigests(now, deps)]);
    const digests = await mailsTo(c.teacher, 'digest');
    expect(digests).toHaveLength(1);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const text = digests[0]!.text;
    expect(text).toContain('Kommentare');
    expect(text).toContain('„Wandbilder statt illegaler Graffiti“ (3×)');
    expect(text).toContain(`von ${c.police.name}, ${c.streetwork.name}`);
    expect(text).toContain('Erwähnungen');
    expect(text).not.toContain('Gelesen');
    expect(text.match(/„Streetwork am Markt“/g)).toHaveLength(1);
    expect(text).toContain(`https://praeventionsnetz.example/raete/${c.workspaceId}/projekte/`);

    await sendDigests(new Date(), deps);
    expect(await mailsTo(c.teacher, 'digest')).toHaveLength(1);
  });

  it('runs once a day, from the configured hour (time in Saxony)', async () => {
    // 05:30 UTC in winter is 06:30 in Saxony.
    expect(await claimDigest(new Date('2031-01-15T05:30:00Z'), 7)).toBe(false);
    expect(await claimDigest(new Date('2031-01-15T06:05:00Z'), 7)).toBe(true);
    expect(await claimDigest(new Date('2031-01-15T09:00:00Z'), 7)).toBe(false);
    expect(await claimDigest(new Date('2031-01-16T06:01:00Z'), 7)).toBe(true);
  });
});

describe('measures and invitations', () => {
  it('a measure naming a member as responsible is assigned to them; near its deadline it is due soon; once each', async () => {
    const c = await council();
    const plan = await createPlan(c.workspaceId, c.admin.id);
    const doc = new Y.Doc();
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const measures = [
      {
        id: 'm1',
        title: 'Sicherheitsbegehung',
        responsiblePerson: c.police.name.toUpperCase(),
        deadline: day(3),
        status: 'in_progress',
      },
      {
        id: 'm2',
        title: 'Elternabend',
        responsiblePerson: c.teacher.name,
        deadline: day(30),
        status: 'planned',
      },
      {
        id: 'm3',
        title: 'Erledigt',
        responsiblePerson: c.police.name,
        deadline: day(2),
        status: 'done',
      },
    ];
    doc.getArray(PLAN_DOCUMENT.measures).insert(
      0,
      measures.map((fields) => {
        const map = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(fields)) map.set(key, value);
        return map;
      }),
    );
    await mirrorMeasures(plan._id.toHexString(), c.workspaceId, doc);
    const { notifier } = createProjectWiring(app.env, createLogger('silent'), outboxMailer());
    await sweepMeasures(notifier, new Date());
    await sweepMeasures(notifier, new Date());

    const police = (await notificationsOf(c.police)).items;
    expect(police.map((n) => [n.trigger, n.title]).sort()).toEqual([
      ['measure_assigned', 'Erledigt'],
      ['measure_assigned', 'Sicherheitsbegehung'],
      ['measure_due', 'Sicherheitsbegehung'],
    ]);
    expect(police[0]!.link).toBe(`/plaene/${plan._id.toHexString()}`);
    expect((await notificationsOf(c.teacher)).items.map((n) => n.trigger)).toEqual([
      'measure_assigned',
    ]);
  });

  it('someone with an account hears in the app that a council invited them', async () => {
    const c = await council();
    const invitee = await signedInPerson(app.url);
    const email = (await invitee.client.get('/api/auth/session')).body.user.email as string;
    await invite(c.admin.client, c.workspaceId, {
      email,
      role: 'member',
      organisation: { type: 'police', name: 'Revier' },
    });
    const { notifier } = createProjectWiring(app.env, createLogger('silent'), outboxMailer());
    await sweepInvitations(notifier, new Date());
    await sweepInvitations(notifier, new Date());
    const items = (await notificationsOf(invitee)).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      trigger: 'invitation',
      actor: { id: c.admin.id },
      link: `/raete/${c.workspaceId}`,
    });
  });
});

describe('the bell', () => {
  it('counts unread, marks read, and tells the person’s other tabs', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    const otherTab = await bell(c.police);
    for (const text of ['A', 'B']) {
      await c.teacher.client.send('post', `/api/projects/${project.id}/comments`, {
        text,
        mentions: [c.police.id],
      });
    }
    const page = await notificationsOf(c.police);
    expect(page.unread).toBe(2);
    const res = await c.police.client.send('post', '/api/notifications/read', {
      ids: [page.items[0]!.id],
    });
    expect(res.body).toEqual({ unread: 1 });
    await eventually(() => expect(otherTab.read).toEqual([{ unread: 1 }]));
    await c.police.client.send('post', '/api/notifications/read', {});
    expect((await notificationsOf(c.police)).unread).toBe(0);
    // Nobody reads or marks another person's notifications.
    expect((await notificationsOf(c.teacher)).items).toEqual([]);
  });

  it('notifications about an internal project disappear when the person leaves the council', async () => {
    const c = await council();
    const project = await createProject(c.teacher.client, c.workspaceId);
    await c.teacher.client.send('post', `/api/projects/${project.id}/comments`, {
      text: 'Hallo',
      mentions: [c.police.id],
    });
    expect((await notificationsOf(c.police)).items).toHaveLength(1);
    await c.admin.client.send('delete', `/api/workspaces/${c.workspaceId}/members/${c.police.id}`);
    expect((await notificationsOf(c.police)).items).toEqual([]);
    expect((await notificationsOf(c.police)).unread).toBe(0);
  });
});
