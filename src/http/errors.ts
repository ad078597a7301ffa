// The shared server's answers when no route handled a request or a body could not be read. Express 5's own
// handlers answer with an HTML page and print the error, which for a malformed JSON body includes the body (and
// with it a relayed message): these answer a short JSON line and log only what kind of failure it was.
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../log.js';
import { surfaceOf } from './request-log.js';

interface HttpError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  name?: unknown;
}

function statusOf(err: HttpError): number {
  const status = typeof err.status === 'number' ? err.status : typeof err.statusCode === 'number' ? err.statusCode : 500;
  return status >= 400 && status < 600 ? status : 500;
}

export function notFound(_req: Request, res: Response): void {
  res.status(404).json({ error: 'not found' });
}

export function errorAnswer(log: Logger) {
  const httpLog = log.child({ component: 'http' });
  // Express recognises an error handler by its four parameters, so `next` stays although it is not called.
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const e: HttpError = typeof err === 'object' && err !== null ? (err as HttpError) : {};
    const status = statusOf(e);
    const kind = typeof e.type === 'string' ? e.type : typeof e.name === 'string' ? e.name : typeof err;
    const line = { surface: surfaceOf(req.path), status, kind };
    if (status >= 500) httpLog.error(line, 'request failed');
    else httpLog.warn(line, 'request refused');
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(status).json({ error: status >= 500 ? 'internal error' : 'bad request' });
  };
}
