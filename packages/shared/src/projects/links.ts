/**
 * Addresses of project pages in the web client, in the users' language. Mails and
 * notifications link here, so both ends build them from these functions.
 */
const seg = encodeURIComponent;

export const projectLinks = {
  council: (workspaceId: string) => `/raete/${seg(workspaceId)}`,
  councilProjects: (workspaceId: string) => `/raete/${seg(workspaceId)}/projekte`,
  feed: (workspaceId: string) => `/raete/${seg(workspaceId)}/aktivitaet`,
  newProject: (workspaceId: string) => `/raete/${seg(workspaceId)}/projekte/neu`,
  project: (workspaceId: string, projectId: string, anchor?: string) =>
    `/raete/${seg(workspaceId)}/projekte/${seg(projectId)}${anchor ? `#${anchor}` : ''}`,
  editProject: (workspaceId: string, projectId: string) =>
    `/raete/${seg(workspaceId)}/projekte/${seg(projectId)}/bearbeiten`,
  network: '/projekte',
  plan: (planId: string) => `/plaene/${seg(planId)}`,
  notifications: '/benachrichtigungen',
} as const;
