import type { MeasureStatus, Overview } from '@pnetz/shared';
import { Types } from 'mongoose';
import { MeetingModel } from '../../../server/src/exchange/meeting.model';
import { OverviewVisitModel } from '../../../server/src/overview/visit.model';
import { MeasureModel } from '../../../server/src/plans/measure.model';
import { FeedEventModel } from '../../../server/src/projects/feed-event.model';
import { createPlan } from '../../support/factories';
import { eventually } from '../../support/eventually';
import { ApiClient } from '../../support/http';
import { councilWith, createProject, signedInPerson } from '../../support/projects';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
const isoDay = (offset: number) => day(offset).toISOString().slice(0, 10);

async function overviewOf(client: ApiClient): Promise<Overview> {
  return (await client.get('/api/overview').expect(200)).body as Overview;
}

async function measure(
  plan: { _id: Types.ObjectId; workspaceId: Types.ObjectId },
  title: string,
  fields: { deadline: string | null; status?: MeasureStatus; responsiblePerson?: string },
) {
  await MeasureModel.create({
    planId: plan._id,
    workspaceId: plan.workspaceId,
    measureId: `m-${new Types.ObjectId().toHexString()}`,
    title,
    status: fields.status ?? 'planned',
    deadline: fields.deadline,
    responsiblePerson: fields.responsiblePerson ?? '',
  });
}

async function meeting(workspaceId: string, title: string, startsAt: Date, createdBy: string) {
  await MeetingModel.create({
    exchangeId: null,
    workspaceId,
    visibility: 'workspace',
    title,
    startsAt,
    endsAt: null,
    location: 'Rathaus, Sitzungssaal',
    createdBy,
  });
}

describe('Mein Überblick', () => {
  it('shows a member the deadlines, meetings, mentions and changes of their own councils only', async () => {
    const mine = await councilWith(app.url, { admin: 'admin', me: 'member' });
    const theirs = await councilWith(app.url, { admin: 'admin', other: 'member' });
    const me = mine.me;

    const plan = await createPlan(mine.workspaceId, mine.admin.id, { title: 'Handlungskonzept' });
    await measure(plan, 'Beleuchtung Busbahnhof', {
      deadline: isoDay(3),
      responsiblePerson: me.name,
    });
    await measure(plan, 'Elternabend Medien', { deadline: isoDay(-2) });
    await measure(plan, 'Fernes Vorhaben', { deadline: isoDay(90) });
    await measure(plan, 'Erledigtes', { deadline: isoDay(1), status: 'done' });
    const hidden = await createPlan(theirs.workspaceId, theirs.admin.id);
    await measure(hidden, 'Fremde Maßnahme', { deadline: isoDay(2) });

    await meeting(mine.workspaceId, 'Sitzung des Präventionsrats', day(2), mine.admin.id);
    await meeting(mine.workspaceId, 'Vergangene Sitzung', day(-3), mine.admin.id);
    await meeting(theirs.workspaceId, 'Fremde Sitzung', day(1), theirs.admin.id);

    const project = await createProject(mine.admin.client, mine.workspaceId);
    const post = await mine.admin.client.send('post', `/api/projects/${project.id}/updates`, {
      text: `@${me.name} bitte die Fotos ergänzen`,
      mentions: [me.id],
    });
    expect(post.status).toBe(201);
    const elsewhere = await createProject(theirs.admin.client, theirs.workspaceId);
    expect(elsewhere.id).toBeDefined();

    const overview = await eventually(async () => {
      const current = await overviewOf(me.client);
      expect(current.mentions).toHaveLength(1);
      return current;
    });
    expect(overview.since).toBeNull();
    expect(overview.deadlines.map((d) => [d.title, d.mine, d.overdue])).toEqual([
      ['Beleuchtung Busbahnhof', true, false],
      ['Elternabend Medien', false, true],
    ]);
    expect(overview.deadlines[0]).toMatchObject({
      planId: plan._id.toHexString(),
      planTitle: 'Handlungskonzept',
      workspaceId: mine.workspaceId,
    });
    expect(overview.meetings.map((m) => m.title)).toEqual(['Sitzung des Präventionsrats']);
    expect(overview.mentions[0]).toMatchObject({
      title: project.title,
      link: expect.stringContaining(`/projekte/${project.id}`),
    });
    expect(overview.councils).toEqual([
      expect.objectContaining({ id: mine.workspaceId, changes: expect.any(Number) }),
    ]);
    expect(overview.councils[0]!.changes).toBeGreaterThanOrEqual(2);
    expect(overview.councils[0]!.latest[0]).toMatchObject({
      projectId: project.id,
      projectTitle: project.title,
    });
    expect(JSON.stringify(overview)).not.toContain(theirs.workspaceId);
    expect(JSON.stringify(overview)).not.toContain('Fremde');
  });

  it('counts what changed since the previous visit, and keeps that baseline within a visit', async () => {
    const c = await councilWith(app.url, { admin: 'admin', me: 'member' });
    await createProject(c.admin.client, c.workspaceId);
    const first = await overviewOf(c.me.client);
    expect(first.since).toBeNull();
    expect(first.councils[0]!.changes).toBeGreaterThan(0);

    // The visit was an hour ago, the first project before it; one new project since.
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await FeedEventModel.updateMany(
      { workspaceId: c.workspaceId },
      { $set: { at: new Date(hourAgo.getTime() - 60_000) } },
    );
    await OverviewVisitModel.updateOne({ userId: c.me.id }, { $set: { lastVisitAt: hourAgo } });
    const later = await createProject(c.admin.client, c.workspaceId);
    const second = await overviewOf(c.me.client);
    expect(Date.parse(second.since!)).toBe(hourAgo.getTime());
    expect(second.councils[0]!.changes).toBe(1);
    expect(second.councils[0]!.latest.map((e) => e.projectId)).toEqual([later.id]);

    // Reloading within the visit keeps the same baseline.
    const again = await overviewOf(c.me.client);
    expect(again.since).toBe(second.since);
    expect(again.councils[0]!.changes).toBe(1);
  });

  it('is empty for someone without councils and refused without a session', async () => {
    const loner = await signedInPerson(app.url);
    expect(await overviewOf(loner.client)).toEqual({
      since: null,
      deadlines: [],
      mentions: [],
      meetings: [],
      councils: [],
    });
    const anonymous = await new ApiClient(app.url).get('/api/overview');
    expect(anonymous.status).toBe(401);
  });
});
