/** The training catalogue's addresses. */
export const trainingPaths = {
  catalogue: '/fortbildung',
  create: '/fortbildung/neu',
  degree: '/fortbildung/studiengang',
  mine: '/fortbildung/meine',
  offer: (id: string) => `/fortbildung/${encodeURIComponent(id)}`,
  feedbackEditor: (id: string) => `/fortbildung/${encodeURIComponent(id)}/rueckmeldebogen`,
  registration: (token: string) => `/fortbildung/anmeldung/${encodeURIComponent(token)}`,
  checkIn: (sessionId: string) => `/fortbildung/einlass/${encodeURIComponent(sessionId)}`,
  verify: '/nachweis',
  verifyCode: (code: string) => `/nachweis/${encodeURIComponent(code)}`,
} as const;
