/** Limits both ends enforce; the server is the authority, the client uses them for early hints. */
export const LIMITS = {
  /** Largest JSON request body the REST API accepts. */
  jsonBodyBytes: 256 * 1024,
  /** Largest Socket.IO message the server accepts. */
  socketMessageBytes: 1024 * 1024,
  passwordMinLength: 10,
  passwordMaxLength: 200,
  nameMaxLength: 120,
  emailMaxLength: 254,
  /**
   * Login throttling as in rate-limiter-flexible's login guide: consecutive failures per account
   * and address block that pair shortly (a success resets them), so someone elsewhere who knows
   * an address cannot lock its owner out; slow daily limits per account and per address stop
   * spread-out guessing.
   */
  loginConsecutiveFailures: 5,
  loginConsecutiveWindowSeconds: 60 * 60,
  loginBlockSeconds: 15 * 60,
  loginFailuresPerAccountPerDay: 100,
  loginFailuresPerIpPerDay: 100,
  /** Invitation links expire after this many days; a resend issues a new link. */
  invitationValidDays: 7,
  invitationMessageMaxLength: 1000,
  organisationNameMaxLength: 160,
  workspaceDescriptionMaxLength: 4000,
  /** A council logo travels as a data URI (PNG, JPEG or WebP); this caps its length in characters. */
  logoMaxChars: 200_000,
  auditPageSize: 50,
  auditPageMaxSize: 200,
} as const;
