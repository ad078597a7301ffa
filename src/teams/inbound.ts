// POST /api/messages, in the order that keeps every answer honest: not an activity -> 400; token not validated
// (forged, expired, or the OpenID metadata unreachable) -> 401; an activity this bot has nothing to do for -> 200
// without running it; an activity of a handled type but a shape the bot cannot use -> 400; otherwise the bot runs
// and a failed turn is a 500 without detail, so the platform can redeliver it. botbuilder's own `process` answers
// 500 with the error's message (including the metadata fetch error) and prints it: it is not used.
import { CloudAdapter } from 'botbuilder';
import type { Activity, ConfigurationBotFrameworkAuthentication, InvokeResponse, TurnContext } from 'botbuilder';
import type { Request, Response } from 'express';
import type { Logger } from '../log.js';
import { errSummary } from '../services/notify.js';
import { activityEnvelope, handledActivity, isIgnorable, issuesOf, type HandledActivity } from './activity-schema.js';

/** Thrown by the adapter's turn error handler once the failure is logged: the HTTP answer becomes a 500. */
export class TurnFailedError extends Error {
  constructor() {
    super('teams turn failed');
    this.name = 'TurnFailedError';
  }
}

type Authentication = Pick<ConfigurationBotFrameworkAuthentication, 'authenticateRequest'>;
type Authenticated = Awaited<ReturnType<Authentication['authenticateRequest']>>;

/** The adapter with its authenticated entry point opened: the request is authenticated (once) by the handler. */
export class TeamsAdapter extends CloudAdapter {
  runAuthenticated(authenticated: Authenticated, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

interface InboundDeps {
  auth: Authentication;
  adapter: TeamsAdapter;
  log: Logger;
  logic: (context: TurnContext) => Promise<void>;
}

/** What botbuilder's own request path does to a parsed body: timestamps become dates, the raw strings are kept. */
function toActivity(parsed: HandledActivity): Activity {
  const activity = { ...parsed } as unknown as Activity & { rawTimestamp?: string };
  if (typeof parsed.timestamp === 'string') {
    activity.rawTimestamp = parsed.timestamp;
    activity.timestamp = new Date(parsed.timestamp);
  }
  return activity;
}

export function inboundHandler({ auth, adapter, log, logic }: InboundDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const envelope = activityEnvelope.safeParse(req.body);
    if (!envelope.success) {
      log.warn({ issues: issuesOf(envelope.error) }, 'teams request is not an activity');
      res.status(400).json({ error: 'bad request' });
      return;
    }
    const body = envelope.data;
    let authenticated: Authenticated;
    try {
      authenticated = await auth.authenticateRequest(body as unknown as Activity, req.header('authorization') ?? '');
    } catch (err) {
      log.warn({ err: errSummary(err) }, 'teams request not authenticated');
      res.status(401).json({ error: 'unauthorized' });
      return;
    }
    if (isIgnorable(body)) {
      log.debug({ activityType: body.type }, 'teams activity ignored');
      res.status(200).end();
      return;
    }
    const parsed = handledActivity.safeParse(body);
    if (!parsed.success) {
      log.warn({ activityType: body.type, issues: issuesOf(parsed.error) }, 'teams activity refused');
      res.status(400).json({ error: 'bad request' });
      return;
    }
    try {
      const invokeResponse = await adapter.runAuthenticated(authenticated, toActivity(parsed.data), logic);
      res.status(invokeResponse?.status ?? 200);
      if (invokeResponse?.body === undefined) res.end();
      else res.json(invokeResponse.body);
    } catch (err) {
      if (!(err instanceof TurnFailedError)) log.error({ err: errSummary(err), activityType: body.type }, 'teams activity failed');
      res.status(500).json({ error: 'internal error' });
    }
  };
}
