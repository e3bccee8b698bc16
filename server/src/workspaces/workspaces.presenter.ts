import type { WorkspaceProfile, WorkspaceRole, WorkspaceSummary } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import { workspacePermissions } from './workspaces.policy';
import type { WorkspaceListItem, WorkspaceProfileRecord } from './workspaces.service';

export function presentWorkspaceSummary(item: WorkspaceListItem): WorkspaceSummary {
  const { workspace } = item;
  return {
    id: workspace._id.toHexString(),
    name: workspace.name,
    municipality: workspace.municipality,
    district: workspace.district,
    population: workspace.population ?? null,
    memberCount: item.memberCount,
    myRole: item.myRole,
  };
}

export function presentWorkspaceProfile(
  record: WorkspaceProfileRecord,
  actor: Actor,
  role: WorkspaceRole | null,
): WorkspaceProfile {
  const { workspace } = record;
  return {
    ...presentWorkspaceSummary({ workspace, memberCount: record.memberCount, myRole: role }),
    policeDirectorate: workspace.policeDirectorate ?? null,
    contactEmail: workspace.contactEmail ?? null,
    description: workspace.description ?? '',
    logo: workspace.logo ?? null,
    defaultVisibility: workspace.defaultVisibility ?? 'workspace',
    organisationCounts: record.organisationCounts,
    permissions: workspacePermissions(actor, role),
    createdAt: workspace.createdAt.toISOString(),
  };
}
