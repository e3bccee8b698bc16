import type { WorkspaceSummary } from '@pnetz/shared';
import type { WorkspaceListItem } from './workspaces.service';

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
