// pino with redaction: relayed text, reasons, tokens and personal fields never reach the log, whatever a
// caller passes. Request-scoped children carry a correlation id instead of who said what.
import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';

export type { Logger };

const redactedPaths = [
  'text', '*.text', 'message', '*.message.text', 'reason', '*.reason', 'note', '*.note',
  'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'password', '*.password',
  'secret', '*.secret', 'email', '*.email', 'displayName', '*.displayName', 'name', '*.name',
  'body', '*.body', 'payload', '*.payload',
];

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: NodeJS.WritableStream): Logger {
  const options = { level, base: { service: 'wellbeing-assistant' }, redact: { paths: redactedPaths, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

export function requestLogger(parent: Logger, fields: Record<string, string | number | undefined> = {}): Logger {
  return parent.child({ correlationId: randomUUID(), ...fields });
}
