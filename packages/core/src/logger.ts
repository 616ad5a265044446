import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

/** JSON logs on stdout (one object a line), the shape Container Insights and Log Analytics parse. */
export function createLogger(options: { name: string; level?: LevelWithSilent; destination?: NodeJS.WritableStream }): Logger {
  return pino(
    {
      name: options.name,
      level: options.level ?? 'info',
      base: { service: options.name },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: ['req.headers.authorization', 'authorization', '*.authorization', 'token', '*.token'], censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}

/** A logger that discards everything: for tests and library callers that bring none. */
export const silentLogger: Logger = pino({ level: 'silent' });
