import type { Types } from 'mongoose';
import { UpdateModel, type UpdateRecord } from '../../projects/content.model';
import { ProjectModel, type ProjectRecord } from '../../projects/project.model';
import { effectiveVisibility } from '../../projects/projects.policy';
import { audienceOf, indexEntry, removeChildren, removeEntry } from '../indexer';
import { SearchEntryModel } from '../search-entry.model';

/** The searchable text of a project: its Beccaria sections and partners, in reading order. */
function projectText(project: ProjectRecord): string {
  return [
    project.summary,
    project.problem.what,
    project.problem.where,
    project.problem.evidence,
    project.causes,
    project.preventionGoal,
    project.projectGoals,
    ...project.indicators,
    project.targetGroups.primary,
    project.targetGroups.secondary,
    project.approach,
    project.interventionLogic,
    project.implementation,
    ...project.partners.map((partner) => `${partner.organisation} ${partner.role}`),
    project.evaluation.result,
    project.replicationNotes,
  ]
    .filter(Boolean)
    .join('\n');
}

const audience = (project: ProjectRecord) =>
  audienceOf(project.workspaceId, effectiveVisibility(project));

/**
 * Keeps a project findable for those who may see it (drafts only inside the council). Its
 * updates follow its visibility, so they are moved along when it changes.
 */
export async function indexProject(project: ProjectRecord): Promise<void> {
  const visibility = effectiveVisibility(project);
  await indexEntry({
    type: 'project',
    itemId: project._id.toHexString(),
    workspaceId: project.workspaceId,
    visibility,
    audience: audience(project),
    fieldsOfAction: project.fieldsOfAction,
    title: project.title,
    text: projectText(project),
    updatedAt: project.updatedAt,
  });
  await SearchEntryModel.updateMany(
    { type: 'project_update', parentId: project._id },
    { $set: { audience: audience(project), visibility, fieldsOfAction: project.fieldsOfAction } },
  );
}

/** Keeps a partner update findable where its project is; the project's title names it. */
export async function indexProjectUpdate(
  update: UpdateRecord,
  project?: ProjectRecord | null,
): Promise<void> {
  const owner = project ?? (await ProjectModel.findById(update.projectId).lean());
  if (!owner) return;
  await indexEntry({
    type: 'project_update',
    itemId: update._id.toHexString(),
    parentId: owner._id,
    workspaceId: owner.workspaceId,
    visibility: effectiveVisibility(owner),
    audience: audience(owner),
    fieldsOfAction: owner.fieldsOfAction,
    title: owner.title,
    titleSearchable: false,
    text: update.text,
    updatedAt: update.editedAt ?? update.createdAt,
  });
}

/** Removes a deleted project and its updates from the index. */
export async function removeProject(projectId: Types.ObjectId): Promise<void> {
  await removeEntry('project', projectId.toHexString());
  await removeChildren('project_update', projectId);
}

export async function removeProjectUpdate(updateId: Types.ObjectId): Promise<void> {
  await removeEntry('project_update', updateId.toHexString());
}

/** Indexes every project and update again (see reindexAll). */
export async function reindexProjects(): Promise<number> {
  let count = 0;
  const projects = new Map((await ProjectModel.find().lean()).map((p) => [p._id.toHexString(), p]));
  for (const project of projects.values()) {
    await indexProject(project);
    count += 1;
  }
  for (const update of await UpdateModel.find().lean()) {
    await indexProjectUpdate(update, projects.get(update.projectId.toHexString()) ?? null);
    count += 1;
  }
  return count;
}
