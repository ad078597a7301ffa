// Counts every HTTP request by surface and outcome and times platform requests from arrival to answer (the
// time-to-ack Slack holds us to). Mounted before every route, so refused and unauthenticated requests count too.
import type { RequestHandler } from 'express';
import { countRequest, surfaceOf } from '../metrics.js';

export function requestMetrics(): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => countRequest(surfaceOf(req.path), res.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
    next();
  };
}
