import type { Directory } from '@pnetz/shared';
import { addMember } from '../../support/factories';
import type { ApiClient } from '../../support/http';
import {
  completeProject,
  councilWith,
  createProject,
  signedInPerson,
} from '../../support/projects';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(() => app.close());

async function directoryOf(client: ApiClient, query = ''): Promise<Directory> {
  return (await client.get(`/api/directory${query}`).expect(200)).body as Directory;
}

describe('member directory', () => {
  it('shows members the people of their own councils only, with organisation, role and fields of action', async () => {
    const glauchau = await councilWith(app.url, {
      admin: 'admin',
      police: 'member',
      guest: 'guest',
    });
    const zwickau = await councilWith(app.url, { admin: 'admin', school: 'member' });
    await createProject(
      glauchau.police.client,
      glauchau.workspaceId,
      completeProject({ fieldsOfAction: ['graffiti', 'violence'] }),
    );
    // A draft-free but council-internal project of another council stays out of sight.
    await createProject(
      zwickau.school.client,
      zwickau.workspaceId,
      completeProject({ fieldsOfAction: ['drugs'], visibility: 'workspace' }),
    );

    const seen = await directoryOf(glauchau.police.client);
    expect(seen.councils).toEqual([{ id: glauchau.workspaceId, name: expect.any(String) }]);
    expect(seen.items.map((e) => e.userId).sort()).toEqual(
      [glauchau.admin.id, glauchau.police.id, glauchau.guest.id].sort(),
    );
    const police = seen.items.find((e) => e.userId === glauchau.police.id)!;
    expect(police.memberships).toEqual([
      expect.objectContaining({
        workspaceId: glauchau.workspaceId,
        role: 'member',
        organisation: { type: 'school', name: 'Org police' },
      }),
    ]);
    expect(police.fieldsOfAction).toEqual(['graffiti', 'violence']);
    expect(JSON.stringify(seen)).not.toContain(zwickau.workspaceId);
    expect(JSON.stringify(seen)).not.toContain('@');

    // Asking for another council's members gives nothing.
    const foreign = await directoryOf(
      glauchau.police.client,
      `?workspaceId=${zwickau.workspaceId}`,
    );
    expect(foreign.items).toEqual([]);
  });

  it('shows a coordinator every council, and filters by name, organisation type, council and field', async () => {
    const a = await councilWith(app.url, { admin: 'admin', worker: 'member' });
    const b = await councilWith(app.url, { admin: 'admin', teacher: 'member' });
    await createProject(
      b.teacher.client,
      b.workspaceId,
      completeProject({ fieldsOfAction: ['drugs'], visibility: 'network' }),
    );
    const coordinator = await signedInPerson(app.url, { platformRoles: ['coordinator'] });

    const all = await directoryOf(coordinator.client);
    const ids = all.items.map((e) => e.userId);
    expect(ids).toEqual(expect.arrayContaining([a.worker.id, b.teacher.id]));
    expect(all.councils.map((c) => c.id)).toEqual(
      expect.arrayContaining([a.workspaceId, b.workspaceId]),
    );

    const byName = await directoryOf(
      coordinator.client,
      `?q=${encodeURIComponent(b.teacher.name)}`,
    );
    expect(byName.items.map((e) => e.userId)).toEqual([b.teacher.id]);
    const byField = await directoryOf(coordinator.client, '?fieldOfAction=drugs');
    expect(byField.items.map((e) => e.userId)).toContain(b.teacher.id);
    expect(byField.items.map((e) => e.userId)).not.toContain(a.worker.id);
    const byCouncil = await directoryOf(coordinator.client, `?workspaceId=${a.workspaceId}`);
    expect(byCouncil.items.map((e) => e.userId).sort()).toEqual([a.admin.id, a.worker.id].sort());
    const byType = await directoryOf(
      coordinator.client,
      `?workspaceId=${a.workspaceId}&organisationType=municipal`,
    );
    expect(byType.items.map((e) => e.userId)).toEqual([a.admin.id]);
  });

  it('lists a person once with every council the viewer may see, and refuses bad filters', async () => {
    const a = await councilWith(app.url, { admin: 'admin', both: 'member' });
    const b = await councilWith(app.url, { admin: 'admin' });
    await addMember(b.workspaceId, a.both.id, 'member');
    const outsider = await signedInPerson(app.url);

    const fromB = await directoryOf(b.admin.client);
    const both = fromB.items.find((e) => e.userId === a.both.id)!;
    // B's admin sees B's membership, not the one in A.
    expect(both.memberships.map((m) => m.workspaceId)).toEqual([b.workspaceId]);

    expect((await directoryOf(outsider.client)).items).toEqual([]);
    const bad = await outsider.client.get('/api/directory?fieldOfAction=astrology');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('query.fieldOfAction');
  });
});
