import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

/** How log lines are written: one JSON object a line, or coloured text for a person. */
export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  level: string;
  format: LogFormat;
}

/**
 * The process logger: pino, one JSON line per event (what log shippers and `jq` read; written in
 * batches at most a second late), or pino-pretty's text in development. Never given a token, a request body or a child's data:
 * callers log identifiers and codes only.
 */
export function createLogger(options: LoggerOptions, destination?: NodeJS.WritableStream): Logger {
  const base = {
    level: options.level,
    base: { service: 'petagizi' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Belt and braces: if a header object ever reaches a log call, its secrets do not.
    redact: ['req.headers.authorization', 'headers.authorization', 'token', 'authorization'],
  };
  if (options.format === 'pretty') {
    return pino(
      base,
      pretty({
        colorize: process.stdout.isTTY === true,
        sync: true,
        translateTime: 'SYS:HH:MM:ss.l',
        ignore: 'pid,hostname,service',
        destination: destination as never,
      }),
    );
  }
  if (destination) return pino(base, destination);
  // Standard output in 4 KB writes, flushed every second and on exit: one write system call per
  // access-log line was a sixth of an uncached region detail's CPU under load (issue 15).
  const stdout = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => stdout.flush(), 1000).unref();
  return pino(base, stdout);
}

/** The level and format the environment asks for (tests are silent unless LOG_LEVEL says). */
export function loggerOptionsFrom(env: NodeJS.ProcessEnv = process.env): LoggerOptions {
  const level = env.LOG_LEVEL || (env.VITEST ? 'silent' : 'info');
  const format: LogFormat =
    env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty'
      ? env.LOG_FORMAT
      : env.NODE_ENV !== 'production' && process.stdout.isTTY
        ? 'pretty'
        : 'json';
  return { level, format };
}

let current: Logger | undefined;

/** The process-wide logger, made from the environment on first use. */
export function log(): Logger {
  current ??= createLogger(loggerOptionsFrom());
  return current;
}

/** Replaces the process-wide logger (tests capture lines with it). */
export function useLogger(next: Logger): Logger {
  const previous = log();
  current = next;
  return previous;
}
