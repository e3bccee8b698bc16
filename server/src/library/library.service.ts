import type { LibraryCategory, LibraryQuery, LibrarySource, WorkspaceRole } from '@pnetz/shared';
import { LIBRARY_LIMITS } from '@pnetz/shared';
import type { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { ExchangeFileModel, ExchangeModel } from '../exchange/exchange.model';
import type { RoleMap } from '../exchange/exchange.policy';
import { rolesOf } from '../workspaces/access';
import { resolvePeople, type People } from '../privacy/attribution';
import { AttachmentModel } from '../projects/content.model';
import { ProjectModel } from '../projects/project.model';
import { foldGerman } from '../search/normalize';
import { mayListExchangeFiles, mayListProjectFile } from './library.policy';

/** One file of the library, before presenting. */
export interface LibraryEntry {
  id: string;
  source: LibrarySource;
  sourceId: string;
  sourceTitle: string;
  filename: string;
  contentType: string;
  size: number;
  uploadedBy: Types.ObjectId;
  uploadedAt: Date;
  downloadPath: string;
}

/** The kind of file, from its content type (checked from the bytes on upload). */
export function categoryOf(contentType: string): LibraryCategory {
  if (contentType.startsWith('image/')) return 'image';
  if (contentType === 'application/pdf') return 'pdf';
  if (/wordprocessingml|msword|opendocument\.text/.test(contentType)) return 'document';
  if (/spreadsheetml|ms-excel|opendocument\.spreadsheet|text\/csv/.test(contentType))
    return 'spreadsheet';
  if (contentType.startsWith('text/')) return 'text';
  return 'other';
}

async function projectFiles(
  actor: Actor,
  workspaceId: string,
  role: WorkspaceRole | null,
): Promise<LibraryEntry[]> {
  const projects = await ProjectModel.find(
    { workspaceId },
    { title: 1, draft: 1, visibility: 1, partners: 1, createdBy: 1 },
  ).lean();
  const byId = new Map(projects.map((p) => [p._id.toHexString(), p]));
  const attachments = await AttachmentModel.find({
    projectId: { $in: projects.map((p) => p._id) },
    pending: false,
  }).lean();
  return attachments.flatMap((attachment) => {
    const project = byId.get(attachment.projectId.toHexString());
    if (!project || !mayListProjectFile(actor, role, project, attachment)) return [];
    const id = attachment._id.toHexString();
    return [
      {
        id,
        source: 'project' as const,
        sourceId: project._id.toHexString(),
        sourceTitle: project.title,
        filename: attachment.filename,
        contentType: attachment.contentType,
        size: attachment.size,
        uploadedBy: attachment.uploadedBy,
        uploadedAt: attachment.createdAt,
        downloadPath: `/api/attachments/${id}`,
      },
    ];
  });
}

async function exchangeFiles(
  actor: Actor,
  workspaceId: string,
  roles: RoleMap,
): Promise<LibraryEntry[]> {
  const exchanges = (
    await ExchangeModel.find(
      { workspaceIds: workspaceId },
      { title: 1, visibility: 1, workspaceIds: 1, userIds: 1, managerIds: 1 },
    ).lean()
  ).filter((exchange) => mayListExchangeFiles(actor, roles, exchange));
  const byId = new Map(exchanges.map((e) => [e._id.toHexString(), e]));
  const files = await ExchangeFileModel.find({
    exchangeId: { $in: exchanges.map((e) => e._id) },
  }).lean();
  return files.flatMap((file) => {
    const exchange = byId.get(file.exchangeId.toHexString());
    if (!exchange) return [];
    const exchangeId = exchange._id.toHexString();
    const id = file._id.toHexString();
    return [
      {
        id,
        source: 'exchange' as const,
        sourceId: exchangeId,
        sourceTitle: exchange.title,
        filename: file.filename,
        contentType: file.contentType,
        size: file.size,
        uploadedBy: file.uploadedBy,
        uploadedAt: file.uploadedAt,
        downloadPath: `/api/exchanges/${exchangeId}/files/${id}`,
      },
    ];
  });
}

/**
 * Every file attached in a council's workspace that the caller may see: its projects' files and
 * images and the files of the exchanges it takes part in, filtered and newest first.
 */
export async function listLibrary(
  actor: Actor,
  workspaceId: string,
  query: LibraryQuery,
): Promise<{ entries: LibraryEntry[]; people: People; total: number }> {
  const roles = await rolesOf(actor);
  const [fromProjects, fromExchanges] = await Promise.all([
    query.source === 'exchange'
      ? []
      : projectFiles(actor, workspaceId, roles.get(workspaceId) ?? null),
    query.source === 'project' ? [] : exchangeFiles(actor, workspaceId, roles),
  ]);
  let entries = [...fromProjects, ...fromExchanges];
  if (query.category) entries = entries.filter((e) => categoryOf(e.contentType) === query.category);
  const people = await resolvePeople(entries.map((e) => e.uploadedBy));
  const words = query.q ? foldGerman(query.q).split(/\s+/).filter(Boolean) : [];
  if (words.length > 0)
    entries = entries.filter((entry) => {
      const haystack = foldGerman(
        `${entry.filename} ${entry.sourceTitle} ${people.ref(entry.uploadedBy).name}`,
      );
      return words.every((word) => haystack.includes(word));
    });
  entries.sort((a, b) => b.uploadedAt.getTime() - a.uploadedAt.getTime());
  return { entries: entries.slice(0, LIBRARY_LIMITS.maxItems), people, total: entries.length };
}
