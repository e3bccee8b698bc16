import {
  ProjectFieldsSchema,
  projectIssues,
  type CreateProjectBodySchema,
  type ProjectFields,
  type UpdateProjectBodySchema,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { validationFailed } from '../errors';
import { NotificationModel } from '../notifications/notification.model';
import { authorizeWorkspace } from '../workspaces/workspaces.policy';
import { removeAttachments } from './attachments.service';
import { AttachmentModel, CommentModel, UpdateModel } from './content.model';
import { forgetProjectFeed, recordFeed } from './feed.service';
import { requireMembers } from './members-check';
import type { ProjectDeps } from './project-deps';
import { ProjectModel, type PartnerRecord, type ProjectRecord } from './project.model';
import { indexProject, removeProject } from '../search/sources/projects';
import { authorizeProject, type ProjectAuthorization } from './projects.policy';

type ParsedCreate = z.output<typeof CreateProjectBodySchema>;
type ParsedUpdate = z.output<typeof UpdateProjectBodySchema>;

const toPartners = (partners: ProjectFields['partners']): PartnerRecord[] =>
  partners.map((p) => ({ ...p, userIds: p.userIds.map((id) => new Types.ObjectId(id)) }));

/** The record as the shared rules see it (user ids as strings). */
const asFields = (record: ProjectRecord): ProjectFields => ({
  ...ProjectFieldsSchema.parse({ ...record, partners: [] }),
  partners: record.partners.map((p) => ({
    ...p,
    userIds: p.userIds.map((id) => id.toHexString()),
  })),
});

/** Checks the whole record (dates, own share, completeness unless a draft); 400 naming fields. */
async function validateRecord(
  workspaceId: Types.ObjectId,
  fields: ProjectFields,
  options: { draft: boolean; partnersChanged: boolean },
): Promise<void> {
  const issues = projectIssues(fields, { draft: options.draft });
  if (issues.length) {
    throw validationFailed(
      issues.map((issue) => ({ path: `body.${issue.path}`, message: issue.message })),
    );
  }
  // Partners linked earlier may have left the council since; only new links are checked.
  if (!options.partnersChanged) return;
  await requireMembers(
    workspaceId,
    fields.partners.flatMap((partner, i) =>
      partner.userIds.map((userId, j) => ({ path: `body.partners.${i}.userIds.${j}`, userId })),
    ),
  );
}

export async function createProject(
  actor: Actor,
  workspaceId: string,
  body: ParsedCreate,
  deps: ProjectDeps,
): Promise<ProjectAuthorization> {
  const { workspace } = await authorizeWorkspace(actor, workspaceId, 'content.write');
  const { draft, visibility, ...rest } = body;
  const fields: ProjectFields = { ...rest, visibility: visibility ?? workspace.defaultVisibility };
  await validateRecord(workspace._id, fields, { draft, partnersChanged: true });
  const created = await ProjectModel.create({
    ...fields,
    partners: toPartners(fields.partners),
    workspaceId: workspace._id,
    draft,
    createdBy: new Types.ObjectId(actor.id),
    followers: [new Types.ObjectId(actor.id)],
    publishedAt: draft ? null : new Date(),
  });
  const project = created.toObject();
  await indexProject(project);
  // Drafts are work in progress: the feed hears about a project once it is published.
  if (!draft) await recordFeed(deps.events, project, 'project.created', actor.id);
  return authorizeProject(actor, project._id, 'read');
}

export async function updateProject(
  actor: Actor,
  projectId: string,
  body: ParsedUpdate,
  deps: ProjectDeps,
): Promise<ProjectAuthorization> {
  const { project, permissions } = await authorizeProject(actor, projectId, 'edit');
  const { draft: requestedDraft, ...changes } = body;
  if (requestedDraft === true && !project.draft) {
    throw validationFailed([
      { path: 'body.draft', message: 'a published project cannot become a draft again' },
    ]);
  }
  const draft = requestedDraft ?? project.draft;
  const visibilityChanged =
    changes.visibility !== undefined && changes.visibility !== project.visibility;
  // Sharing is decided while drafting; once published, only the council's admins change it.
  if (visibilityChanged && !project.draft && !permissions.manage) {
    await authorizeProject(actor, projectId, 'manage');
  }
  const merged: ProjectFields = { ...asFields(project), ...changes };
  await validateRecord(project.workspaceId, merged, {
    draft,
    partnersChanged: changes.partners !== undefined,
  });

  const publishing = project.draft && !draft;
  const $set: Record<string, unknown> = { ...changes, draft };
  if (changes.partners) $set.partners = toPartners(changes.partners);
  if (publishing) $set.publishedAt = new Date();
  const updated = await ProjectModel.findByIdAndUpdate(
    project._id,
    { $set },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) return authorizeProject(actor, projectId, 'read');
  await indexProject(updated);

  if (visibilityChanged) {
    await recordAudit({
      workspaceId: project.workspaceId,
      action: 'visibility.changed',
      actorId: actor.id,
      target: { type: 'project', id: project._id },
      details: { from: project.visibility, to: updated.visibility, draft: updated.draft },
    });
  }
  if (publishing) await recordFeed(deps.events, updated, 'project.published', actor.id);
  else if (!updated.draft) await recordFeed(deps.events, updated, 'project.changed', actor.id);
  return authorizeProject(actor, projectId, 'read');
}

/** Deletes a project with everything in it; the audit log and the feed keep the fact. */
export async function deleteProject(
  actor: Actor,
  projectId: string,
  deps: ProjectDeps,
): Promise<void> {
  const { project } = await authorizeProject(actor, projectId, 'manage');
  await removeAttachments(
    await AttachmentModel.find({ projectId: project._id }, { fileId: 1 }).lean(),
  );
  await Promise.all([
    UpdateModel.deleteMany({ projectId: project._id }),
    CommentModel.deleteMany({ projectId: project._id }),
    NotificationModel.deleteMany({ projectId: project._id }),
    forgetProjectFeed(project._id),
  ]);
  await ProjectModel.deleteOne({ _id: project._id });
  await removeProject(project._id);
  await recordAudit({
    workspaceId: project.workspaceId,
    action: 'content.deleted',
    actorId: actor.id,
    target: { type: 'project', id: project._id },
    details: { item: 'project', draft: project.draft, visibility: project.visibility },
  });
  await recordFeed(deps.events, project, 'project.deleted', actor.id);
}

export async function setFollowing(
  actor: Actor,
  projectId: string,
  following: boolean,
): Promise<boolean> {
  const { project } = await authorizeProject(actor, projectId, 'read');
  const me = new Types.ObjectId(actor.id);
  await ProjectModel.updateOne(
    { _id: project._id },
    following ? { $addToSet: { followers: me } } : { $pull: { followers: me } },
  );
  return following;
}
