import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * Paths pino blanks out wherever they appear in a log line: credentials, tokens, secrets and the
 * authorization headers of requests. Secrets must not reach logs even when an object is logged whole.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.authorization',
  '*.password',
  '*.secret',
  '*.secretAccessKey',
  '*.SecretAccessKey',
  '*.sessionToken',
  '*.SessionToken',
  '*.accessKeyId',
  '*.AccessKeyId',
  '*.credentials',
  '*.Credentials',
  '*.externalId',
  '*.ExternalId',
  '*.apiKey',
  '*.token',
  // Webhook secrets: signing secrets, PagerDuty routing keys, Jira API tokens, and their sealed form.
  '*.signingSecret',
  '*.routingKey',
  '*.routing_key',
  '*.apiToken',
  '*.secretEncrypted',
  '*.*.signingSecret',
  '*.*.routingKey',
  '*.*.routing_key',
  '*.*.apiToken',
  '*.*.secretEncrypted',
  'credentials',
  'password',
  'secret',
  'token',
  'apiKey',
  'externalId',
];

export interface LoggerOptions {
  readonly level: string;
  readonly name: string;
  /** Where lines go; defaults to stdout. Tests pass a stream to read what would be logged. */
  readonly destination?: NodeJS.WritableStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      name: options.name,
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: options.name },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? process.stdout,
  );
}

/** A connection string without its password, for log lines. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '[unparseable url]';
  }
}
