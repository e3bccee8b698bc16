import type { Notification } from '@pnetz/shared';
import { resolvePeople } from '../privacy/attribution';
import { WorkspaceModel } from '../workspaces/workspace.model';
import type { NotificationRecord } from './notification.model';

export async function presentNotifications(records: NotificationRecord[]): Promise<Notification[]> {
  const workspaceIds = records.flatMap((r) => (r.workspaceId ? [r.workspaceId] : []));
  const [people, workspaces] = await Promise.all([
    resolvePeople(records.map((r) => r.actorId)),
    workspaceIds.length
      ? WorkspaceModel.find({ _id: { $in: workspaceIds } }, { name: 1 }).lean()
      : [],
  ]);
  const names = new Map(workspaces.map((w) => [w._id.toHexString(), w.name]));
  return records.map((record) => {
    const workspaceId = record.workspaceId?.toHexString() ?? null;
    return {
      id: record._id.toHexString(),
      trigger: record.trigger,
      actor: record.actorId ? people.ref(record.actorId) : null,
      workspace: workspaceId ? { id: workspaceId, name: names.get(workspaceId) ?? '' } : null,
      subject: record.subject,
      title: record.title,
      excerpt: record.excerpt,
      link: record.link,
      readAt: record.readAt?.toISOString() ?? null,
      createdAt: record.createdAt.toISOString(),
    };
  });
}
