import { projectLinks } from '@pnetz/shared';
import type { Types } from 'mongoose';
import type { NotificationDraft } from '../notifications/notifier';
import type { ProjectRecord } from './project.model';
import { effectiveVisibility } from './projects.policy';

/** The text item a notification is about: an update or a comment, and where it is shown. */
export interface NotifiedItem {
  type: 'update' | 'comment';
  id: Types.ObjectId;
  text: string;
  authorId: string;
}

type Project = Pick<
  ProjectRecord,
  '_id' | 'workspaceId' | 'title' | 'draft' | 'visibility' | 'partners'
>;

function draft(
  project: Project,
  item: NotifiedItem,
  userId: string,
  fields: Pick<NotificationDraft, 'trigger' | 'key' | 'groupKey'>,
): NotificationDraft {
  const workspaceId = project.workspaceId.toHexString();
  const projectId = project._id.toHexString();
  return {
    ...fields,
    userId,
    workspaceId,
    visibility: effectiveVisibility(project),
    projectId,
    subject: { type: item.type, id: item.id.toHexString() },
    actorId: item.authorId,
    title: project.title,
    excerpt: item.text,
    link: projectLinks.project(workspaceId, projectId, `${item.type}-${item.id.toHexString()}`),
  };
}

const hexes = (ids: Iterable<Types.ObjectId | string>) => [...new Set([...ids].map(String))];

/** People named with @: they hear about it however else they are involved. */
export function mentionDrafts(
  project: Project,
  item: NotifiedItem,
  mentioned: Iterable<Types.ObjectId | string>,
) {
  return hexes(mentioned).map((userId) =>
    draft(project, item, userId, {
      trigger: 'mention',
      key: `mention:${item.type}:${item.id.toHexString()}`,
      groupKey: `mention:${item.type}:${item.id.toHexString()}`,
    }),
  );
}

/** An update reaches the people of the project's partner organisations. */
export function partnerUpdateDrafts(project: Project, item: NotifiedItem, except: Set<string>) {
  const partners = hexes(project.partners.flatMap((p) => p.userIds)).filter(
    (id) => !except.has(id),
  );
  return partners.map((userId) =>
    draft(project, item, userId, {
      trigger: 'partner_update',
      key: `partner_update:${item.id.toHexString()}`,
      groupKey: `partner_update:${project._id.toHexString()}`,
    }),
  );
}

/** A comment reaches the followers of what it is on (the update's and the project's). */
export function commentDrafts(
  project: Project,
  item: NotifiedItem,
  target: { type: 'project' | 'update'; id: Types.ObjectId },
  followers: Iterable<Types.ObjectId | string>,
  except: Set<string>,
) {
  return hexes(followers)
    .filter((id) => !except.has(id))
    .map((userId) =>
      draft(project, item, userId, {
        trigger: 'comment',
        key: `comment:${item.id.toHexString()}`,
        groupKey: `comment:${target.type}:${target.id.toHexString()}`,
      }),
    );
}
