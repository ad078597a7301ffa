// In front of Bolt: a signed request whose payload this app cannot use is answered here (400 when the body is not
// even JSON or a form, 200 with nothing done when the payload has the wrong shape or a type nobody listens to), so
// Bolt never throws on it and no listener sees it. The signature comes first: an unsigned or forged request goes on
// to Bolt untouched, which answers 401. Nothing of the body reaches the log, only where the shape was wrong.
import { parse as parseQuery } from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { holdsNul } from '../http/nul-free.js';
import type { Logger } from '../log.js';
import {
  eventCallback,
  eventSchemas,
  genericEvent,
  handledInteractiveTypes,
  interactivePayload,
  slashCommand,
  urlVerification,
} from './payload-schema.js';

/** Bolt reads a body already read by an earlier middleware from `req.rawBody`. */
type RawBodyRequest = Request & { rawBody?: Buffer };

type Verdict = { pass: true } | { pass: false; status: 200 | 400; kind: string; issues?: string[] };

const pass: Verdict = { pass: true };
const issuesOf = (error: z.ZodError): string[] => error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}:${i.code}`);
const check = (kind: string, schema: z.ZodType, value: unknown): Verdict => {
  const parsed = schema.safeParse(value);
  return parsed.success ? pass : { pass: false, status: 200, kind, issues: issuesOf(parsed.error) };
};

/** The same decoding Bolt applies (form with a JSON `payload`, a plain form, or JSON), or null when it fails. */
function decode(raw: string, contentType: string | undefined): { form: boolean; body: unknown } | null {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parseQuery(raw);
      return typeof form.payload === 'string' ? { form: false, body: JSON.parse(form.payload) as unknown } : { form: true, body: form };
    }
    return { form: false, body: JSON.parse(raw) as unknown };
  } catch {
    return null;
  }
}

function judge(decoded: { form: boolean; body: unknown }): Verdict {
  const { form, body } = decoded;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { pass: false, status: 400, kind: 'not an object' };
  if (holdsNul(body)) return { pass: false, status: 400, kind: 'NUL character' };
  const fields = body as Record<string, unknown>;
  // Bolt's receiver answers an ssl_check itself, but only a non-empty one: an empty one would go on to its routing.
  if (form) return fields.ssl_check ? pass : check('command', slashCommand, fields);
  const type = typeof fields.type === 'string' ? fields.type : '';
  if (type === 'url_verification') return check(type, urlVerification, fields);
  if (type === 'event_callback') {
    const envelope = check(type, eventCallback, fields);
    if (!envelope.pass) return envelope;
    const event = fields.event as { type: string };
    return check(`event ${event.type}`, eventSchemas[event.type] ?? genericEvent, event);
  }
  if (handledInteractiveTypes.has(type)) return check(type, interactivePayload, fields);
  return { pass: false, status: 200, kind: type ? `unhandled type ${type.replace(/[^\w.]/g, '').slice(0, 40)}` : 'no type' };
}

export function payloadGuard(signingSecret: string, log: Logger, limit = '1mb') {
  const readRaw = express.raw({ type: () => true, limit });
  const guard = (req: RawBodyRequest, res: Response, next: NextFunction): void => {
    if (!Buffer.isBuffer(req.body)) return next();
    req.rawBody = req.body;
    const raw = req.body.toString('utf8');
    const signature = req.header('x-slack-signature');
    const timestamp = Number(req.header('x-slack-request-timestamp'));
    if (
      !signature ||
      !isValidSlackRequest({
        signingSecret,
        body: raw,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      })
    ) {
      return next(); // Bolt answers 401
    }
    const decoded = decode(raw, req.header('content-type'));
    const verdict: Verdict = decoded ? judge(decoded) : { pass: false, status: 400, kind: 'unreadable body' };
    if (verdict.pass) return next();
    log.warn({ kind: verdict.kind, issues: verdict.issues, status: verdict.status }, 'slack payload not handled');
    res.status(verdict.status).end();
  };
  return [readRaw, guard];
}
