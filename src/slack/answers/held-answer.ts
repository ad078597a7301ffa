// The HTTP answer to one Slack request, decided here rather than by Bolt's own ack, so that it never depends on
// how fast the database is and is written exactly once:
// - Events API: Bolt acks an event before any middleware runs, so a delivery the app could not take (the tenancy
//   gate or the delivery claim failed, the database down) was answered 200 and lost. Here that first ack is held:
//   the answer is 200 once the listeners have taken the event (claimed it, or found nothing to do), and 503 when
//   they failed or did not finish within the deadline, so Slack delivers it again (the claim keeps a redelivery
//   from relaying twice). On Slack's last retry the sender of a message is also told it was not delivered.
// - Interactive payloads are never redelivered: a listener's ack is written at once; when none came by the
//   deadline (before Slack's 3 s), a button or command gets one sentence, a modal submission a "working on it"
//   view that is later replaced by the outcome (late-view.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import { AuthorizationError } from '@slack/bolt';
import type { Response } from 'express';
import type { WebClient } from '@slack/web-api';
import type { ModalView } from '@slack/types';
import { z } from 'zod';
import { refusalText } from '../../domain/refusals.js';
import { faultWording } from '../../domain/wording.js';
import type { Words } from '../../i18n/words.js';
import { unknownReaderWords } from '../words.js';
import type { Logger } from '../../log.js';
import { errSummary } from '../../services/notify.js';
import { EventNotTakenError } from '../deliveries.js';
import { tellEphemeral, updateModal } from '../context.js';
import { failedView, lateOutcomeView, notTakenView, workingView } from './late-view.js';
import { tellPerson, type Addressee } from './tell.js';

/** Slack allows 3 s; this leaves room for the network and for a sentence posted on the way. */
export const ANSWER_DEADLINE_MS = 2_200;
/** Slack retries an event 3 times (about 0 s, 1 min and 5 min after the first delivery). */
const LAST_RETRY = 3;

type Kind = 'event' | 'view_submission' | 'command' | 'interaction';

// Only what the answer needs; Bolt has verified the signature and parsed the body, payload-guard its shape.
const requestBody = z
  .object({
    type: z.string().optional(),
    command: z.string().optional(),
    response_url: z.string().optional(),
    user_id: z.string().optional(),
    channel_id: z.string().optional(),
    user: z.object({ id: z.string() }).loose().optional(),
    channel: z.object({ id: z.string() }).loose().nullish(),
    message: z.object({ thread_ts: z.string().optional() }).loose().optional(),
    view: z
      .object({ id: z.string(), title: z.object({ text: z.string() }).loose().optional() })
      .loose()
      .optional(),
    event: z
      .object({
        type: z.string(),
        subtype: z.string().optional(),
        user: z.string().optional(),
        bot_id: z.string().optional(),
        channel: z.string().optional(),
        channel_type: z.string().optional(),
        ts: z.string().optional(),
        thread_ts: z.string().optional(),
      })
      .loose()
      .optional(),
  })
  .loose();
type RequestBody = z.infer<typeof requestBody>;

function kindOf(body: RequestBody): Kind {
  if (body.type === 'event_callback') return 'event';
  if (body.type === 'view_submission') return 'view_submission';
  return body.command ? 'command' : 'interaction';
}

function addresseeOf(body: RequestBody): Addressee {
  return {
    responseUrl: body.response_url,
    user: body.user?.id ?? body.user_id,
    channel: body.channel?.id ?? body.channel_id,
    threadTs: body.message?.thread_ts,
  };
}

export interface HeldAnswerOptions {
  log: Logger;
  deadlineMs?: number;
  retryNum?: number;
}

export class HeldAnswer {
  readonly kind: Kind;
  private readonly body: RequestBody;
  private readonly log: Logger;
  private readonly timer: NodeJS.Timeout;
  private status: number | null = null;
  /** Answered by the deadline, not by a listener: a view's outcome then goes through views.update. */
  private late = false;
  /** The listeners were reached (past the tenancy gate). */
  private entered = false;
  /** Answered "nothing was changed" before the listeners were reached: they must not run any more. */
  private abandoned = false;
  private client: WebClient | undefined;
  /** Sentences and view updates sent outside the HTTP answer, for `finished`. */
  private readonly sideWork = new Set<Promise<void>>();

  constructor(
    private readonly res: Response,
    rawBody: unknown,
    private readonly options: HeldAnswerOptions,
  ) {
    const parsed = requestBody.safeParse(rawBody);
    this.body = parsed.success ? parsed.data : {};
    this.kind = kindOf(this.body);
    this.log = options.log.child({ component: 'slack-answer', kind: this.kind });
    this.timer = setTimeout(() => this.onDeadline(), options.deadlineMs ?? ANSWER_DEADLINE_MS);
  }

  /** Bolt's `ack` for this request. A second or late ack never writes a second answer. */
  readonly ack = async (response?: unknown): Promise<void> => {
    // Bolt acks every event before any middleware runs; the answer waits for the listeners (settle / fail).
    if (this.kind === 'event') return;
    if (this.status === null) return this.write(200, response);
    if (this.late && this.kind === 'view_submission') return this.side(this.updateView(lateOutcomeView(this.words, response, this.title)));
    this.log.debug('an ack after the answer was ignored');
  };

  /** The request's own client (its workspace's token), once authorization has run. */
  attach(client: WebClient): void {
    this.client = client;
  }

  /** The listeners are about to run; false when the request was already answered as not taken. */
  enter(): boolean {
    if (this.abandoned) return false;
    this.entered = true;
    return true;
  }

  /** Every middleware and listener returned. */
  settle(): void {
    clearTimeout(this.timer);
    if (this.status === null) this.write(200);
  }

  /** A middleware or listener threw (the tenancy gate or the delivery claim could not read the database...). */
  fail(err: unknown): void {
    clearTimeout(this.timer);
    // An event not taken on purpose (in flight elsewhere, or the process behind) is routine: one quiet line.
    const notTakenHere = notTaken(err);
    if (notTakenHere) this.log.info({ notTaken: notTakenHere.why }, 'slack event not taken; Slack delivers it again');
    else this.log.warn({ err: errSummary(err), answered: this.status, late: this.late }, 'slack request failed');
    switch (this.kind) {
      case 'event':
        // Either way Slack delivers it again; 401 says the workspace's token could not be had (as Bolt answers).
        if (this.status === null) this.write(err instanceof AuthorizationError ? 401 : 503);
        if (this.status !== 200) this.tellUndeliveredOnLastRetry();
        return;
      case 'view_submission':
        // Turned away at the after-answer queue's bound, before anything started: nothing was saved, try again.
        if (this.status === null && notTakenHere)
          this.write(200, { response_action: 'update', view: notTakenView(this.words, this.title) });
        else if (this.status === null) this.write(200, { response_action: 'update', view: failedView(this.words, this.title) });
        else if (this.late) this.side(this.updateView(failedView(this.words, this.title)));
        return;
      case 'command':
        if (this.status === null)
          this.write(200, {
            response_type: 'ephemeral',
            text: this.entered ? faultWording(this.words).mayNotBeDone : faultWording(this.words).notTaken,
          });
        else if (!this.abandoned) this.tell(faultWording(this.words).mayNotBeDone);
        return;
      case 'interaction':
        if (this.status === null) {
          this.write(200);
          this.tell(this.entered ? faultWording(this.words).mayNotBeDone : faultWording(this.words).notTaken);
        } else if (!this.abandoned) {
          this.tell(faultWording(this.words).mayNotBeDone);
        }
    }
  }

  /**
   * Not admitted (the process is answering as many requests as it may, src/http/admission.ts): answered now and
   * nothing is started. An event gets a 503 (Slack delivers it again); a button, command or form is told that
   * nothing was done and to try again. `client`, when the app has one without authorizing (one workspace), tells
   * the sender of a button without a response_url, and the sender of a message on Slack's last retry.
   */
  turnAway(client?: WebClient): void {
    clearTimeout(this.timer);
    this.abandoned = true;
    this.client ??= client;
    switch (this.kind) {
      case 'event':
        this.write(503);
        this.tellUndeliveredOnLastRetry();
        return;
      case 'view_submission':
        this.write(200, { response_action: 'update', view: notTakenView(this.words, this.title) });
        return;
      case 'command':
        this.write(200, { response_type: 'ephemeral', text: faultWording(this.words).notTaken });
        return;
      case 'interaction':
        this.write(200);
        this.tell(faultWording(this.words).notTaken);
    }
  }

  /** Work a listener left running after its ack failed: a button or command's sender is told. */
  failedAfterAnswer(): void {
    if ((this.kind === 'command' || this.kind === 'interaction') && !this.abandoned) this.tell(faultWording(this.words).mayNotBeDone);
  }

  /** Resolves when every sentence or view update this answer sent on the side is done (idle, shutdown). */
  async finished(): Promise<void> {
    while (this.sideWork.size > 0) await Promise.all([...this.sideWork]);
  }

  private side(work: Promise<void>): void {
    const tracked = work
      .catch((err: unknown) => this.log.warn({ err: errSummary(err) }, 'could not tell the person'))
      .finally(() => this.sideWork.delete(tracked));
    this.sideWork.add(tracked);
  }

  /**
   * The words of an answer given outside the listeners, before or without reading the person (a request not taken,
   * past its deadline): British English; the view's own title, already in the person's language, is kept.
   */
  private get words(): Words {
    return unknownReaderWords();
  }

  private get title(): string {
    return this.body.view?.title?.text ?? this.words.t('slack.modal.fallbackTitle');
  }

  private onDeadline(): void {
    if (this.status !== null) return;
    this.late = true;
    this.log.warn({ entered: this.entered }, 'slack request not decided before the deadline');
    switch (this.kind) {
      case 'event':
        // Not taken in time: Slack delivers it again, and the claim decides which delivery is relayed.
        this.write(503);
        return;
      case 'view_submission':
        // The listener carries on; its ack becomes a views.update of this view.
        this.write(200, { response_action: 'update', view: workingView(this.words, this.title) });
        return;
      case 'command':
        this.abandoned = !this.entered;
        this.write(200, {
          response_type: 'ephemeral',
          text: this.entered ? faultWording(this.words).stillWorking : faultWording(this.words).notTaken,
        });
        return;
      case 'interaction':
        this.abandoned = !this.entered;
        this.write(200);
        if (this.abandoned) this.tell(faultWording(this.words).notTaken);
    }
  }

  private write(status: number, body?: unknown): void {
    this.status = status;
    clearTimeout(this.timer);
    if (this.res.headersSent) return;
    if (body === undefined || body === '') this.res.status(status).end();
    else if (typeof body === 'string') this.res.status(status).end(body);
    else this.res.status(status).json(body);
  }

  private tell(text: string): void {
    this.side(tellPerson(addresseeOf(this.body), text, this.client, this.log));
  }

  private async updateView(view: ModalView): Promise<void> {
    const viewId = this.body.view?.id;
    if (!this.client || !viewId) {
      this.log.warn('a late view outcome could not be shown: no client or view id');
      return;
    }
    await updateModal(this.client, this.log, viewId, view);
  }

  /** Slack will not bring this message back again: its sender hears it was not delivered. */
  private tellUndeliveredOnLastRetry(): void {
    const event = this.body.event;
    if ((this.options.retryNum ?? 0) < LAST_RETRY || !event || event.type !== 'message' || !this.client) return;
    if (!event.user || event.bot_id || !event.channel || (event.subtype !== undefined && event.subtype !== 'file_share')) return;
    const text = refusalText({ code: 'relay_failed' }, 'employee', this.words);
    const client = this.client;
    if (event.channel_type === 'im') {
      this.side(client.chat.postMessage({ channel: event.channel, text }).then(() => undefined));
    } else if (event.thread_ts && event.thread_ts !== event.ts) {
      this.side(tellEphemeral(client, this.log, { channel: event.channel, user: event.user, threadTs: event.thread_ts }, text));
    }
  }
}

/** Not taken on purpose (in flight elsewhere, or the process behind), also when Bolt wrapped it from a middleware. */
function notTaken(err: unknown): EventNotTakenError | undefined {
  if (err instanceof EventNotTakenError) return err;
  const original = err instanceof Error ? (err as { original?: unknown }).original : undefined;
  return original instanceof EventNotTakenError ? original : undefined;
}

const current = new AsyncLocalStorage<HeldAnswer>();

/** Runs one request's processing with its answer reachable from middleware and listeners. */
export const withAnswer = <T>(answer: HeldAnswer, work: () => T): T => current.run(answer, work);

/** The answer of the request being processed; undefined in Socket Mode and outside a request. */
export const currentAnswer = (): HeldAnswer | undefined => current.getStore();
