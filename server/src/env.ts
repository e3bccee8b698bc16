import path from 'node:path';
import { z } from 'zod';

/** The repository root: two levels above this module, in source (`server/src`) and bundle (`server/dist`). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .transform((value) => value === '1' || value === 'true');

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Public address of the app, used in links (mails) and to check the Origin of sockets. */
    PUBLIC_URL: z.url().optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    /**
     * `pretty`: one readable line per entry; `json`: one JSON object per line, for log collectors;
     * `auto`: pretty on a terminal outside production, JSON otherwise.
     */
    LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
    /** A real MongoDB. When unset, an embedded database is started (see db/embedded.ts). */
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
    /** Which embedded database to try: `auto` tries mongod first, then FerretDB. */
    EMBEDDED_DB: z.enum(['auto', 'mongodb', 'ferretdb']).default('auto'),
    /** A local mongod binary for the embedded database (read by mongodb-memory-server too). */
    MONGOMS_SYSTEM_BINARY: z.string().min(1).optional(),
    DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, 'data')),
    CACHE_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.cache')),
    CLIENT_DIST: z
      .string()
      .min(1)
      .default(path.join(REPO_ROOT, 'client', 'dist')),
    /** Secret that signs session cookies; required in production. */
    SESSION_SECRET: z.string().min(32, 'must have at least 32 characters').optional(),
    SESSION_MAX_AGE_HOURS: z.coerce
      .number()
      .positive()
      .default(24 * 14),
    /** Seed demo councils and logins into an empty database (default: on outside production). */
    SEED_DEMO: flag.optional(),
    TRUST_PROXY: flag.default(false),
    REDIS_URL: z.url().optional(),
    /** SMTP server for outgoing mail (`smtp://user:pass@host:587`, `smtps://…`); unset = the outbox. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Präventionsnetz <no-reply@praeventionsnetz.example>'),
    /** OpenID Connect single sign-on: issuer URL, client id and secret; all three or none. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** Label of the single sign-on button, e.g. the name of the state's identity service. */
    OIDC_NAME: z.string().min(1).default('Single Sign-on'),
    /** Create an account on first single sign-on; off: only existing (invited) accounts may use it. */
    OIDC_CREATE_ACCOUNTS: flag.default(false),
    /**
     * Optional raster tiles behind the programme map (`https://host/{z}/{x}/{y}.png`). Unset, the
     * map shows the outline of Saxony that ships with the app and needs no internet.
     */
    MAP_TILE_URL: z
      .string()
      .regex(
        /^https:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/,
        'must be an https URL with {z}, {x} and {y}',
      )
      .optional(),
    /** Attribution the tile provider requires, shown under the map. */
    MAP_TILE_ATTRIBUTION: z.string().min(1).optional(),
    /** Hour of the day (0–23, time in Saxony) when the daily notification digests are mailed. */
    NOTIFICATION_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required in production',
      });
    }
    if (env.OIDC_ISSUER) {
      for (const key of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
        if (!env[key])
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'is required when OIDC_ISSUER is set',
          });
      }
      if (env.NODE_ENV === 'production' && !env.OIDC_ISSUER.startsWith('https://')) {
        ctx.addIssue({
          code: 'custom',
          path: ['OIDC_ISSUER'],
          message: 'must use https in production',
        });
      }
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  override name = 'EnvError';
}

/**
 * Parses the environment once, at boot. A bad value stops the server with a message naming the
 * variable; nothing else in the server reads `process.env`.
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function shouldSeedDemo(env: Env): boolean {
  return env.SEED_DEMO ?? env.NODE_ENV === 'development';
}
