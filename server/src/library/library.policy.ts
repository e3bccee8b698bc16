import type { WorkspaceRole } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import { exchangeAccess, type RoleMap } from '../exchange/exchange.policy';
import type { ExchangeRecord } from '../exchange/exchange.model';
import type { AttachmentRecord } from '../projects/content.model';
import type { ProjectRecord } from '../projects/project.model';
import { projectPermissions } from '../projects/projects.policy';

/**
 * Who sees which file in a council's library: exactly those who may open the place it is
 * attached to (the projects' and the exchanges' own rules, not a rule of their own), so the
 * library never shows more than the project or exchange page does. Files uploaded for an update
 * that is not posted yet are not in the library.
 */
export function mayListProjectFile(
  actor: Actor,
  role: WorkspaceRole | null,
  project: Pick<ProjectRecord, 'draft' | 'visibility' | 'partners' | 'createdBy'>,
  attachment: Pick<AttachmentRecord, 'pending'>,
): boolean {
  return !attachment.pending && projectPermissions(actor, role, project).level !== 'none';
}

/** An exchange's files: for everyone who may read the exchange. */
export function mayListExchangeFiles(
  actor: Actor,
  roles: RoleMap,
  exchange: Pick<ExchangeRecord, 'visibility' | 'workspaceIds' | 'userIds' | 'managerIds'>,
): boolean {
  return exchangeAccess(actor, roles, exchange) !== null;
}
