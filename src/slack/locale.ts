// Each Slack user's language, as Slack knows it: `users.info` with `include_locale`, remembered on the person and
// asked again once it is a week old. Asked after the answer, in the after-answer queue, and only once the request's
// own work is done: FerretDB applies an update as read-modify-write without isolation, so writing the person while
// the request still writes them (their zone, a therapist's settings) could lose one of the two. Only people a
// listener served are asked (a request it turned away or ignored asks nothing). Whether to ask is decided by the
// directory in the service's time, at most once per person per week in this process, so a burst of one person's
// requests asks once. A failed ask (rate limited, the scope missing) changes nothing and is logged once per kind of
// failure; the person keeps reading what they read.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { identityKey, type PlatformIdentity } from '../domain/types.js';
import type { Logger } from '../log.js';
import { AfterAnswerShed, type AfterAnswerQueue } from '../services/after-answer.js';
import type { Services } from '../services/api.js';
import { errSummary } from '../services/notify.js';
import { slackErrorCode, type WorkspaceToken } from './notifier.js';

/** How old a remembered Slack locale may grow before Slack is asked again. */
export const SLACK_LOCALE_REFRESH_MS = 7 * 24 * 3_600_000;

/** One request: the person its listener served, and the work it left running after its ack. */
interface Served {
  identity: PlatformIdentity | null;
  work: Promise<unknown>[];
}

export class SlackLocales {
  private readonly requests = new AsyncLocalStorage<Served>();
  /** Asks waiting for their request's after-answer work to finish. */
  private readonly waiting = new Set<Promise<void>>();
  /** People whose ask is queued or running: their further requests meanwhile queue nothing. */
  private readonly pending = new Set<string>();
  /** Kinds of failure logged already (a missing scope fails for everyone: once is enough to act on). */
  private readonly failuresLogged = new Set<string>();

  constructor(
    private readonly client: WebClient,
    private readonly services: Services,
    private readonly queue: AfterAnswerQueue,
    private readonly log: Logger,
    /** OAuth distribution: the token of the person's workspace (single-workspace: the client's own). */
    private readonly tokenOf?: WorkspaceToken,
    private readonly refreshMs = SLACK_LOCALE_REFRESH_MS,
  ) {}

  /**
   * Around the listeners: once a request's work is done, the person it served has their language asked if due. The
   * request itself does not wait for that work: it is answered and out of the count of requests in flight
   * (src/http/admission.ts) as soon as its listener returns.
   */
  middleware(): Middleware<AnyMiddlewareArgs> {
    return async ({ next }) => {
      const served: Served = { identity: null, work: [] };
      await this.requests.run(served, next);
      const identity = served.identity;
      if (!identity) return;
      const after = Promise.allSettled(served.work).then(() => this.ask(identity));
      this.waiting.add(after);
      void after.finally(() => this.waiting.delete(after));
    };
  }

  /** Whether an ask still waits for its request's work (the app's idle waits for it too). */
  get busy(): boolean {
    return this.waiting.size > 0;
  }

  async idle(): Promise<void> {
    while (this.waiting.size > 0) await Promise.all([...this.waiting]);
  }

  /** A listener is serving this person (it looked them up). */
  seen(identity: PlatformIdentity): void {
    const served = this.requests.getStore();
    if (served) served.identity = identity;
  }

  /** Work the request left running after its ack: the ask waits for it. */
  track(work: Promise<unknown>): void {
    this.requests.getStore()?.work.push(work);
  }

  private ask(identity: PlatformIdentity): void {
    const key = identityKey(identity);
    if (this.pending.has(key)) return;
    this.pending.add(key);
    this.queue
      .run(() => this.refresh(identity), { sheddable: true })
      // Shed under overload: asked on a later request. Anything else (the database unavailable) is logged once.
      .catch((err: unknown) => (err instanceof AfterAnswerShed ? undefined : this.failed(err)))
      .finally(() => this.pending.delete(key));
  }

  private async refresh(identity: PlatformIdentity): Promise<void> {
    const actor = await this.services.directory.localeDue(identity, this.refreshMs);
    if (!actor) return;
    let locale: string | undefined;
    try {
      const token = this.tokenOf ? await this.tokenOf(identity.workspaceId) : undefined;
      const info = await this.client.users.info({ user: identity.userId, include_locale: true, ...(token ? { token } : {}) });
      locale = info.user?.locale;
    } catch (err) {
      this.failed(err);
      return;
    }
    if (locale) await this.services.directory.learnLocale(actor, locale, { refreshed: true });
  }

  private failed(err: unknown): void {
    const slackError = slackErrorCode(err);
    const kind = slackError ?? (err instanceof Error ? err.name : typeof err);
    if (this.failuresLogged.has(kind)) return;
    this.failuresLogged.add(kind);
    // Never the user: the kind of failure is what an operator acts on (add `users:read`, or wait out a rate limit).
    this.log.warn({ slackError, err: errSummary(err) }, "a Slack user's language could not be refreshed; it stays as it was");
  }
}
