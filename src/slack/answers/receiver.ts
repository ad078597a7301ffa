// Bolt's ExpressReceiver with its answer replaced by a HeldAnswer (held-answer.ts): Bolt's own acknowledges
// Events API requests before any middleware runs and, past 3 s, writes a 404 that a late ack then tries to write
// over (ERR_HTTP_HEADERS_SENT, and the person saw an error for a change that was stored).
import { ExpressReceiver, type App, type ExpressReceiverOptions } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Request, Response } from 'express';
import type { Admission } from '../../http/admission.js';
import type { Logger } from '../../log.js';
import { HeldAnswer, withAnswer } from './held-answer.js';

const retryNumOf = (req: Request): number | undefined => {
  const value = Number.parseInt(req.header('x-slack-retry-num') ?? '', 10);
  return Number.isFinite(value) ? value : undefined;
};

export interface AnswerOptions {
  log: Logger;
  deadlineMs?: number;
  /** The process's bound of requests being answered at once; a request past it is turned away unstarted. */
  admission?: Admission;
  /** One workspace's client (no authorization needed): tells the sender of a request turned away. */
  client?: WebClient;
}

export class AnsweringReceiver extends ExpressReceiver {
  private boltApp: App | undefined;
  private readonly running = new Set<Promise<void>>();

  constructor(
    options: ExpressReceiverOptions,
    private readonly answers: AnswerOptions,
  ) {
    super(options);
  }

  override init(bolt: App): void {
    super.init(bolt);
    this.boltApp = bolt;
  }

  override async requestHandler(req: Request, res: Response): Promise<void> {
    const retryNum = retryNumOf(req);
    const { log, deadlineMs, admission, client } = this.answers;
    const answer = new HeldAnswer(res, req.body, { log, deadlineMs, retryNum });
    const event = { body: req.body as Record<string, unknown>, ack: answer.ack, retryNum, retryReason: req.header('x-slack-retry-reason') };
    // Taken before Bolt runs anything (authorization, the tenancy gate's read), held until its processing ends.
    const place = admission ? admission.tryEnter('slack') : undefined;
    const run = withAnswer(answer, async () => {
      if (place === null) {
        answer.turnAway(client);
      } else {
        try {
          if (!this.boltApp) throw new Error('the Slack app is not initialised');
          await this.boltApp.processEvent(event);
          answer.settle();
        } catch (err) {
          answer.fail(err);
        } finally {
          place?.leave();
        }
      }
      await answer.finished();
    });
    this.running.add(run);
    try {
      await run;
    } finally {
      this.running.delete(run);
    }
  }

  /** Resolves when no request is being processed or telling its sender something (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
