const id = (value: string) => encodeURIComponent(value);

/** Addresses of the exchange pages, in the users' language. */
export const exchangePaths = {
  list: '/austausch',
  create: '/austausch/neu',
  exchange: (exchangeId: string) => `/austausch/${id(exchangeId)}`,
  editExchange: (exchangeId: string) => `/austausch/${id(exchangeId)}/bearbeiten`,
  meeting: (meetingId: string) => `/sitzungen/${id(meetingId)}`,
  calendar: '/austausch/kalender',
  reports: '/austausch/berichte',
  newReport: (workspaceId?: string) =>
    workspaceId ? `/austausch/berichte/neu?rat=${id(workspaceId)}` : '/austausch/berichte/neu',
  report: (reportId: string) => `/austausch/berichte/${id(reportId)}`,
  editReport: (reportId: string) => `/austausch/berichte/${id(reportId)}/bearbeiten`,
  matching: (workspaceId?: string) =>
    workspaceId ? `/austausch/empfehlungen?rat=${id(workspaceId)}` : '/austausch/empfehlungen',
  fields: '/austausch/handlungsfelder',
  goodPractice: '/gute-praxis',
  publicReport: (reportId: string) => `/gute-praxis/${id(reportId)}`,
  search: (query?: string) =>
    query ? `/suche?${new URLSearchParams({ q: query }).toString()}` : '/suche',
  plan: (planId: string) => `/plaene/${id(planId)}`,
  council: (workspaceId: string) => `/raete/${id(workspaceId)}`,
};
