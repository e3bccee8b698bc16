/** Addresses of the programme pages, in the users' language (see lib/paths.ts). */
export const programmePaths = {
  dashboard: '/programm',
  newMunicipality: '/programm/kommunen/neu',
  municipality: (id: string) => `/programm/kommunen/${id}`,
} as const;
