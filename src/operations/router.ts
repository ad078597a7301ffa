// What an operator's infrastructure calls: liveness (the process answers), readiness (it can reach the
// database, so a load balancer may send it traffic) and Prometheus metrics. /healthz stays as readiness for
// existing probes. The router also carries the request metrics, so app.ts mounts operations in one line.
import { Router, type Request, type Response } from 'express';
import { metricsRegistry } from '../metrics.js';
import { pingDatabase, type Database } from '../store/connection.js';
import { requestMetrics } from './request-metrics.js';

export function operationsRouter(db: Database): Router {
  const router = Router();
  router.use(requestMetrics());
  router.get('/livez', (_req, res) => void res.json({ status: 'ok' }));
  const readiness = async (_req: Request, res: Response) => {
    const dbUp = await pingDatabase(db);
    res.status(dbUp ? 200 : 503).json({ status: dbUp ? 'ok' : 'database unavailable' });
  };
  router.get('/readyz', readiness);
  router.get('/healthz', readiness);
  router.get('/metrics', async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  return router;
}
