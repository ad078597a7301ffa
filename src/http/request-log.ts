// One log line per HTTP request: which surface, how it ended and how long it took. Never the path's tail, a header
// or the body: they can carry ids and text that are nobody's business in a log.
import { AsyncResource } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../log.js';

export type Surface = 'slack' | 'teams' | 'health' | 'other';

/** What infrastructure calls (operations/router.ts): probes and the metrics scrape. */
const HEALTH_PATHS = new Set(['/livez', '/readyz', '/healthz', '/metrics']);

export function surfaceOf(path: string): Surface {
  if (path.startsWith('/slack/')) return 'slack';
  if (path === '/api/messages') return 'teams';
  if (HEALTH_PATHS.has(path)) return 'health';
  return 'other';
}

export function requestLog(log: Logger) {
  const httpLog = log.child({ component: 'http' });
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    const surface = surfaceOf(req.path);
    // Bound to the request's async context, so the line carries its correlation id although the socket emits it.
    res.once(
      'close',
      AsyncResource.bind(() => {
        const line = {
          surface,
          method: req.method,
          status: res.statusCode,
          outcome: res.writableFinished ? 'answered' : 'aborted',
          durationMs: Math.round((performance.now() - started) * 10) / 10,
        };
        // A 503 is a "deliver it again" on purpose (a Slack event not taken now), often in bursts: not an error.
        if (res.statusCode >= 500 && res.statusCode !== 503) httpLog.error(line, 'http request');
        else if (res.statusCode === 503) httpLog.warn(line, 'http request');
        else httpLog.info(line, 'http request');
      }),
    );
    next();
  };
}
