/** Addresses of the platform administration pages, in the users' language. */
export const adminPaths = {
  index: '/verwaltung',
  accounts: '/verwaltung/konten',
  foundCouncil: '/verwaltung/rat-gruenden',
  outbox: '/verwaltung/postausgang',
} as const;
