// pino with redaction: relayed text, reasons, tokens and personal fields never reach the log, whatever a
// caller passes. Every line logged while serving a request carries that request's correlation id.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';

export type { Logger };

const redactedPaths = [
  'text',
  '*.text',
  'message',
  '*.message.text',
  'reason',
  '*.reason',
  'note',
  '*.note',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'email',
  '*.email',
  'displayName',
  '*.displayName',
  'name',
  '*.name',
  'body',
  '*.body',
  'payload',
  '*.payload',
];

const requestScope = new AsyncLocalStorage<{ correlationId: string }>();

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { service: 'wellbeing-assistant' },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    // A fresh object per line: pino merges each line's own fields into the mixin's result, so handing it the
    // request's stored object would carry one line's fields into every later line of that request.
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { correlationId: scope.correlationId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Runs `work` (and everything it starts, including work after the HTTP answer) under a new correlation id. */
export function withCorrelation<T>(work: () => T, correlationId: string = randomUUID()): T {
  return requestScope.run({ correlationId }, work);
}
