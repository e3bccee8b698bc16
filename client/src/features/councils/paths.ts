/** Addresses of a council's pages, in the users' language. */
export const councilPaths = {
  home: (workspaceId: string) => `/raete/${encodeURIComponent(workspaceId)}`,
  members: (workspaceId: string) => `/raete/${encodeURIComponent(workspaceId)}/mitglieder`,
  invitations: (workspaceId: string) => `/raete/${encodeURIComponent(workspaceId)}/einladungen`,
  audit: (workspaceId: string) => `/raete/${encodeURIComponent(workspaceId)}/protokoll`,
  settings: (workspaceId: string) => `/raete/${encodeURIComponent(workspaceId)}/einstellungen`,
};

export const profilePath = '/profil';
