import { buildPath, endpoints } from '@pnetz/shared';

/** Addresses of the plan pages, in the users' language. */
export const planPaths = {
  list: (workspaceId: string) => `/raete/${encodeURIComponent(workspaceId)}/plaene`,
  deadlines: (workspaceId: string) => `/raete/${encodeURIComponent(workspaceId)}/fristen`,
  plan: (planId: string) => `/plaene/${encodeURIComponent(planId)}`,
};

/** The download address of a plan's export; a plain link, so the browser handles the file. */
export function exportUrl(planId: string, format: 'pdf' | 'docx'): string {
  return `${buildPath(endpoints.plans.export.path, { id: planId })}?format=${format}`;
}
