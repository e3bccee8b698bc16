import type { SecurityAnalysis } from '@pnetz/shared';
import { AddressModel } from '../../../server/src/analysis/address.model';
import { sweepAnalysisAddresses } from '../../../server/src/analysis/address-sweep';
import { SecurityAnalysisModel } from '../../../server/src/analysis/analysis.model';
import { AuditEventModel } from '../../../server/src/audit/audit-event.model';
import { AnalysisModel as ProgrammeAnalysisModel } from '../../../server/src/programme/records.model';
import { cleanRegister } from '../../support/analysis-register';
import { startTestServer, type TestServer } from '../../support/server';
import {
  analysisActors,
  importRegister,
  startAnalysis,
  type AnalysisActors,
} from './analysis-support';

let app: TestServer;
let actors: AnalysisActors;
let analysis: SecurityAnalysis;

beforeAll(async () => {
  app = await startTestServer();
  actors = await analysisActors(app.url);
  analysis = await startAnalysis(actors);
  const owners = await actors.clients.admin.send('patch', `/api/analyses/${analysis.id}`, {
    ownerIds: [actors.users.namedOwner.id],
  });
  expect(owners.status).toBe(200);
  expect((await importRegister(actors.clients.admin, analysis.id, cleanRegister(30))).status).toBe(
    201,
  );
});
afterAll(() => app.close());

describe('the analysis record', () => {
  it('is linked to the programme record of the municipality, not a second one', async () => {
    const records = await ProgrammeAnalysisModel.find({
      municipalityId: actors.municipality._id,
    }).lean();
    expect(records.map((r) => r._id.toHexString())).toEqual([analysis.recordId]);
    const figures = await actors.clients.coordinator.get('/api/programme/figures');
    expect(figures.status).toBe(200);
    expect(figures.body.analyses).toMatchObject({ total: 1, byStatus: { agreed: 1 } });
    expect(analysis.phases.map((p) => p.name)).toEqual([
      'Vorbereitung',
      'Fragebogen',
      'Stichprobe',
      'Versand',
      'Feldphase',
      'Erinnerung',
      'Auswertung',
      'Bericht',
      'Transfer',
    ]);
  });

  it('reuses an open programme record instead of adding one', async () => {
    const workspaceId = actors.workspace._id;
    const open = await ProgrammeAnalysisModel.create({
      municipalityId: actors.municipality._id,
      statusHistory: [{ status: 'agreed', date: '2026-01-10' }],
    });
    const second = await startAnalysis(actors, 'Zweite Welle');
    expect(second.recordId).toBe(open._id.toHexString());
    await SecurityAnalysisModel.deleteOne({ _id: second.id, workspaceId });
  });

  it('keeps phase dates and owners, and refuses a phase that ends before it starts', async () => {
    const res = await actors.clients.namedOwner.send('patch', `/api/analyses/${analysis.id}`, {
      phases: [
        {
          name: 'Stichprobe',
          start: '2026-03-01',
          end: '2026-03-14',
          ownerId: actors.users.member.id,
        },
      ],
    });
    expect(res.status).toBe(200);
    const phase = (res.body as SecurityAnalysis).phases.find((p) => p.name === 'Stichprobe');
    expect(phase).toEqual({
      name: 'Stichprobe',
      start: '2026-03-01',
      end: '2026-03-14',
      owner: { id: actors.users.member.id, name: 'Max Member', former: false },
    });
    const bad = await actors.clients.admin.send('patch', `/api/analyses/${analysis.id}`, {
      phases: [{ name: 'Versand', start: '2026-04-10', end: '2026-04-01', ownerId: null }],
    });
    expect(bad.status).toBe(400);
    const stranger = await actors.clients.admin.send('patch', `/api/analyses/${analysis.id}`, {
      ownerIds: [actors.users.otherCouncil.id],
    });
    expect(stranger.status).toBe(400);
  });

  it('is listed to the council and the coordinator, not to another council', async () => {
    const path = `/api/workspaces/${actors.workspace._id.toHexString()}/analyses`;
    expect((await actors.clients.member.get(path)).body.items).toHaveLength(1);
    expect((await actors.clients.coordinator.get(path)).status).toBe(200);
    expect((await actors.clients.otherCouncil.get(path)).status).toBe(403);
    const member = await actors.clients.member.get(`/api/analyses/${analysis.id}`);
    expect(member.body.permissions).toEqual({ manage: false, fieldwork: false });
    expect(member.body.register.filename).toBe('');
  });
});

describe('the addresses', () => {
  const list = (who: keyof AnalysisActors['clients']) =>
    actors.clients[who].get(`/api/analyses/${analysis.id}/addresses`);

  it('are read by the owners only: 403 for a member, the coordinator and another council', async () => {
    for (const owner of ['admin', 'namedOwner'] as const) {
      const res = await list(owner);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(30);
      expect(res.body.items[0]).toMatchObject({ line: 2, street: 'Hauptstraße' });
    }
    for (const who of ['member', 'coordinator', 'otherCouncil'] as const) {
      const res = await list(who);
      expect(res.status).toBe(403);
      expect(res.body.error.id).toBe('forbidden');
    }
  });

  it('are deleted by the sweep on the deletion day, with an audit entry, keeping the margins', async () => {
    const set = await actors.clients.admin.send('patch', `/api/analyses/${analysis.id}`, {
      addressDeletionOn: '2027-06-30',
    });
    expect(set.status).toBe(200);
    expect(await sweepAnalysisAddresses(new Date('2027-06-29T10:00:00Z'))).toBe(0);
    expect(await AddressModel.countDocuments({ analysisId: analysis.id })).toBe(30);

    expect(await sweepAnalysisAddresses(new Date('2027-06-30T10:00:00Z'))).toBe(1);
    expect(await AddressModel.countDocuments({ analysisId: analysis.id })).toBe(0);
    const audit = await AuditEventModel.findOne({ action: 'analysis.addresses_deleted' }).lean();
    expect(audit).toMatchObject({
      workspaceId: actors.workspace._id,
      actorId: null,
      target: { type: 'analysis', id: analysis.id },
      details: { addresses: 30, reason: 'scheduled' },
    });
    const after = await actors.clients.admin.get(`/api/analyses/${analysis.id}`);
    expect(after.body.addressesDeletedAt).not.toBeNull();
    expect(after.body.register.margins.length).toBeGreaterThan(0);
    // A second pass finds nothing more to do.
    expect(await sweepAnalysisAddresses(new Date('2027-07-01T10:00:00Z'))).toBe(0);
  });
});
