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
  /** Failed logins allowed per account and per IP before a cool-down. */
  loginAttemptsPerAccount: 5,
  loginAttemptsPerIp: 30,
  loginWindowSeconds: 15 * 60,
} as const;
