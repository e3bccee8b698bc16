import pino, { type Logger } from 'pino';

export type LogCategory = 'app' | 'http' | 'realtime' | 'collab' | 'db' | 'auth' | 'seed' | 'mail';

/**
 * Whether log lines are written for a person (one readable line each) rather than for a log
 * collector (one JSON object each): `LOG_FORMAT=pretty`, or `auto` on a terminal outside
 * production. Piped output, as under a process manager or in a container, stays JSON.
 */
export function prettyLogs(
  format: 'auto' | 'pretty' | 'json',
  nodeEnv: string,
  isTerminal: boolean,
): boolean {
  return format === 'pretty' || (format === 'auto' && nodeEnv !== 'production' && isTerminal);
}

/** The root logger. Feature code asks for a child with its category. */
export function createLogger(level: string, pretty = false): Logger {
  return pino({
    level,
    base: undefined,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            // One line per entry: "12:03:41 INFO db: embedded FerretDB started {"port":…}".
            options: {
              translateTime: 'SYS:HH:MM:ss',
              ignore: 'pid,hostname,category',
              messageFormat: '{if category}{category}: {end}{msg}',
              singleLine: true,
            },
          },
        }
      : {}),
  });
}

export function categoryLogger(root: Logger, category: LogCategory): Logger {
  return root.child({ category });
}

export type { Logger };
