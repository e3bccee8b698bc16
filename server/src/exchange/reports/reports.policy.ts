import { isId, type ReportVisibility, type Visibility, type WorkspaceRole } from '@pnetz/shared';
import type { Actor } from '../../auth/actor';
import { forbidden, notFound } from '../../errors';
import { allows, contentAccess, roleIn } from '../../workspaces/access';
import { ReportModel, type ReportRecord } from './report.model';

/**
 * Who may do what with experience reports, on top of the shared visibility rules
 * (workspaces/access.ts): a draft is the council's internal content; `network` is read by every
 * signed-in user; `public` also without login. The council's admins and members write and answer
 * questions; its admins delete; readers outside drafts mark as helpful, bookmark and ask.
 */
export type ReportAction = 'read' | 'edit' | 'delete' | 'react' | 'ask' | 'answer';

export const visibilityOf = (visibility: ReportVisibility): Visibility =>
  visibility === 'draft' ? 'workspace' : visibility;

export type ReportRights = Record<ReportAction, boolean>;

/** Pure decision from the caller, their role in the report's council and the report. */
export function reportRights(
  actor: Actor | null,
  role: WorkspaceRole | null,
  report: Pick<ReportRecord, 'visibility'>,
): ReportRights {
  const level = contentAccess(actor, role, visibilityOf(report.visibility));
  const read = allows(level, 'read');
  const published = report.visibility !== 'draft';
  return {
    read,
    edit: allows(level, 'write'),
    delete: role === 'admin',
    react: actor !== null && read && published,
    ask: actor !== null && read && published,
    answer: allows(level, 'write'),
  };
}

/** Loads a report for an action: 404 when the caller may not see it, 403 when not allowed. */
export async function authorizeReport(
  actor: Actor | null,
  reportId: string,
  action: ReportAction,
): Promise<{ report: ReportRecord; role: WorkspaceRole | null; rights: ReportRights }> {
  const report = isId(reportId) ? await ReportModel.findById(reportId).lean() : null;
  if (!report) throw notFound('Report');
  const role = await roleIn(actor, report.workspaceId.toHexString());
  const rights = reportRights(actor, role, report);
  if (!rights.read) throw notFound('Report');
  if (!rights[action]) throw forbidden(`Not allowed for this report: ${action}`);
  return { report, role, rights };
}
