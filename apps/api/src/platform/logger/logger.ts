import pino, { Logger } from 'pino';
import type { Config } from '../config/config';

export type { Logger };

/** Structured JSON logs; secrets are redacted wherever they appear in a logged object. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, name = 'api'): Logger {
  return pino({
    name,
    level: config.LOG_LEVEL,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-server-token"]',
        'variables.password',
        '*.variables.password',
      ],
      censor: '[redacted]',
    },
  });
}
