// POST /api/messages, in the order that keeps every answer honest: not an activity -> 400; token not validated
// (forged, expired, or the OpenID metadata unreachable) -> 401; an activity this bot has nothing to do for -> 200
// without running it; an activity of a handled type but a shape the bot cannot use -> 400; otherwise the bot runs
// and a failed turn is a 500 without detail, so the platform can redeliver it. A message or card action whose bot
// has not started by its deadline (the tenancy gate waiting for the database) is answered without it (held-turn.ts). botbuilder's own `process` answers
// 500 with the error's message (including the metadata fetch error) and prints it: it is not used.
import type { Admission } from '../http/admission.js';
import { holdsNul } from '../http/nul-free.js';
import { CloudAdapter } from 'botbuilder';
import type { Activity, ConfigurationBotFrameworkAuthentication, InvokeResponse, TurnContext } from 'botbuilder';
import type { Request, Response } from 'express';
import type { Logger } from '../log.js';
import { errSummary } from '../services/notify.js';
import { activityEnvelope, handledActivity, isIgnorable, issuesOf, type HandledActivity } from './activity-schema.js';
import { refusalText } from '../domain/refusals.js';
import { faultWording } from '../domain/wording.js';
import { isPersonalChat } from './conversations.js';
import { HeldTurn, withHeldTurn } from './held-turn.js';
import { invokeResponse } from './invoke.js';
import { activityReader } from './reader.js';
import { textReply } from './replies.js';

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
  runAuthenticated(
    authenticated: Authenticated,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

interface InboundDeps {
  auth: Authentication;
  adapter: TeamsAdapter;
  log: Logger;
  logic: (context: TurnContext) => Promise<void>;
  /** When a request whose bot has not started is answered without it (held-turn.ts). */
  deadlines: { invokeMs: number; messageMs: number };
  /** Tells the sender of a personal-chat message something, outside the HTTP answer. */
  tellSender: (activity: Activity, text: string) => Promise<void>;
  /** The process's bound of requests answered at once: past it an activity is answered unstarted. */
  admission?: Admission;
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

export function inboundHandler({ auth, adapter, log, logic, deadlines, tellSender, admission }: InboundDeps) {
  const answerNotTaken = notTakenAnswer(log, tellSender);
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
    if (holdsNul(req.body)) {
      log.warn({ activityType: body.type }, 'teams activity refused: NUL character');
      res.status(400).json({ error: 'bad request' });
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
    const activity = toActivity(parsed.data);
    // Past the bound of requests in flight (src/http/admission.ts): answered now, without the bot or the database.
    const place = admission ? admission.tryEnter('teams') : undefined;
    if (place === null) {
      answerNotTaken(activity, res);
      return;
    }
    const held = new HeldTurn();
    // The gate is still waiting (the database down or slow): answered now, and the bot will not run for it.
    const answerUntaken = () => {
      if (res.headersSent || !held.abandonIfWaiting()) return;
      log.warn({ activityType: activity.type }, 'teams activity not taken before the deadline');
      answerNotTaken(activity, res);
    };
    const deadlineMs = deadlineOf(activity, deadlines);
    const timer = deadlineMs === null ? undefined : setTimeout(answerUntaken, deadlineMs);
    try {
      const answer = await withHeldTurn(held, () => adapter.runAuthenticated(authenticated, activity, logic));
      if (res.headersSent) return;
      res.status(answer?.status ?? 200);
      if (answer?.body === undefined) res.end();
      else res.json(answer.body);
    } catch (err) {
      if (!(err instanceof TurnFailedError)) log.error({ err: errSummary(err), activityType: body.type }, 'teams activity failed');
      if (!res.headersSent) res.status(500).json({ error: 'internal error' });
    } finally {
      clearTimeout(timer);
      place?.leave();
    }
  };
}

/**
 * The answer to an activity the bot will not run (not admitted, or its gate still waiting at the deadline). A card
 * action's sender reads that nothing was done and to try again. Teams sends a message again only after its own 15 s
 * timeout, and not reliably: a personal-chat message is answered 200 and its sender told it was not delivered. Any
 * other activity (installs, conversation updates) gets a 503, which the platform may deliver again.
 */
function notTakenAnswer(log: Logger, tellSender: InboundDeps['tellSender']) {
  return (activity: Activity, res: Response): void => {
    // The person is not read (the database is not reached): the domain's sentences go to their client's reader.
    const reader = activityReader(activity);
    if (activity.type === 'invoke') {
      if (activity.name === 'adaptiveCard/action') res.status(200).json(invokeResponse(textReply(faultWording(reader).notTaken)));
      else res.status(200).end();
      return;
    }
    if (activity.type !== 'message') {
      res.status(503).end();
      return;
    }
    res.status(200).end();
    if (isPersonalChat(activity)) {
      tellSender(activity, refusalText({ code: 'relay_failed' }, 'employee', reader)).catch((err: unknown) =>
        log.warn({ err: errSummary(err) }, 'could not tell the sender'),
      );
    }
  };
}

/** Only what a person waits for has a deadline: their messages and card actions. */
function deadlineOf(activity: Activity, deadlines: InboundDeps['deadlines']): number | null {
  if (activity.type === 'invoke') return deadlines.invokeMs;
  return activity.type === 'message' ? deadlines.messageMs : null;
}
