// Every outbound Bot Framework call goes through here: proactive 1:1 messages, channel threads, thread replies,
// card updates, and in-turn replies. The rest of src/teams never touches continueConversationAsync or connector
// quirks, which also keeps a later move to the Microsoft 365 Agents SDK to this file.
import { TeamsInfo, TurnContext } from 'botbuilder';
import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from '../log.js';
import { DeliveryError, type DeliveryFailure } from '../services/notifier.js';

export type OutboundActivity = Partial<Activity>;

export interface GatewayOptions {
  /** Attempts for throttled (429) and transient (5xx, network) failures, including the first. */
  attempts?: number;
  /** First back-off delay; doubles each retry, or follows Retry-After when the connector gives one. */
  baseDelayMs?: number;
  /** Upper bound for one back-off wait, so a card action still answers within Teams' time limit. */
  maxDelayMs?: number;
}

interface ConnectorFailure {
  statusCode?: number;
  status?: number;
  response?: { status?: number; headers?: { get?(name: string): string | null | undefined } };
  code?: string;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const failure = error as ConnectorFailure;
  return failure.statusCode ?? failure.status ?? failure.response?.status;
}

function retryAfterMs(error: unknown): number | undefined {
  const header = (error as ConnectorFailure | null)?.response?.headers?.get?.('retry-after');
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

function failureOf(status: number | undefined): DeliveryFailure {
  if (status === 403 || status === 401) return 'forbidden';
  if (status === 404) return 'gone';
  if (status === 429) return 'throttled';
  return 'unavailable';
}

const retryable = (status: number | undefined) => status === 429 || status === undefined || status >= 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class TeamsGateway {
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly log: Logger,
    options: GatewayOptions = {},
  ) {
    this.attempts = options.attempts ?? 3;
    this.baseDelayMs = options.baseDelayMs ?? 300;
    this.maxDelayMs = options.maxDelayMs ?? 2000;
  }

  /** Sends to a stored conversation (1:1 chat or channel thread); returns the new message id. */
  async send(reference: Partial<ConversationReference>, activity: OutboundActivity): Promise<string> {
    return this.withRetry('send', () => this.continueWith(reference, async (context) => (await context.sendActivity(activity))?.id ?? ''));
  }

  /** Replaces a message the bot posted earlier (a request card once decided). */
  async update(reference: Partial<ConversationReference>, activityId: string, activity: OutboundActivity): Promise<void> {
    await this.withRetry('update', () =>
      this.continueWith(reference, async (context) => {
        await context.updateActivity({ ...activity, id: activityId, conversation: context.activity.conversation });
      }),
    );
  }

  /**
   * continueConversationAsync hands errors thrown inside the turn to the adapter's onTurnError and resolves, so a
   * failed send would look delivered: catch inside the turn and rethrow here, where retries and DeliveryError live.
   */
  private async continueWith<T>(reference: Partial<ConversationReference>, work: (context: TurnContext) => Promise<T>): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } = { ok: false, error: new Error('turn did not run') };
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      try {
        outcome = { ok: true, value: await work(context) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    const settled = outcome as { ok: true; value: T } | { ok: false; error: unknown };
    if (!settled.ok) throw settled.error;
    return settled.value;
  }

  /**
   * Starts a reply chain in a channel with `activity` as its root post. Returns the thread's conversation id as the
   * connector gives it (Teams: `<channelId>;messageid=<rootId>`); replies continue a reference with that id.
   */
  async startChannelThread(
    channel: { serviceUrl: string; tenantId: string; channelId: string },
    activity: OutboundActivity,
  ): Promise<string> {
    return this.withRetry('startChannelThread', async () => {
      let conversationId = '';
      await this.adapter.createConversationAsync(
        this.appId,
        'msteams',
        channel.serviceUrl,
        undefined as unknown as string, // the default audience (Bot Framework channel scope)
        {
          isGroup: true,
          channelData: { channel: { id: channel.channelId }, tenant: { id: channel.tenantId } },
          tenantId: channel.tenantId,
          activity: activity as Activity,
          bot: { id: this.appId, name: 'Wellbeing' },
          members: [],
        },
        async (context) => {
          conversationId = context.activity.conversation.id;
        },
      );
      if (!conversationId) throw new DeliveryError('unavailable', 'teams', 'no thread id returned');
      return conversationId;
    });
  }

  /** Replies in the current conversation. */
  async reply(context: TurnContext, activity: OutboundActivity | string): Promise<string> {
    return this.withRetry('reply', async () => (await context.sendActivity(activity))?.id ?? '');
  }

  /** Replaces a card in the current conversation (Action.Submit fallback: the card is `replyToId`). */
  async replace(context: TurnContext, activityId: string, activity: OutboundActivity): Promise<void> {
    await this.withRetry('replace', () => context.updateActivity({ ...activity, id: activityId }));
  }

  /** The Entra object id of a channel member (mentions carry only the Bot Framework user id). */
  async memberObjectId(context: TurnContext, userId: string): Promise<string | null> {
    try {
      const member = await TeamsInfo.getMember(context, userId);
      return member.aadObjectId ?? null;
    } catch (error) {
      this.log.warn({ status: statusOf(error) }, 'teams member lookup failed');
      return null;
    }
  }

  static referenceOf(activity: Activity): Partial<ConversationReference> {
    return TurnContext.getConversationReference(activity);
  }

  private async withRetry<T>(operation: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (error instanceof DeliveryError) throw error;
        const status = statusOf(error);
        if (!retryable(status) || attempt >= this.attempts) {
          const failure = failureOf(status);
          this.log.warn({ operation, status, failure, attempt }, 'teams delivery failed');
          throw new DeliveryError(failure, 'teams', `${operation}: ${status ?? 'network error'}`);
        }
        const delay = Math.min(this.maxDelayMs, retryAfterMs(error) ?? this.baseDelayMs * 2 ** (attempt - 1));
        this.log.info({ operation, status, attempt, delay }, 'teams delivery retry');
        await sleep(delay);
      }
    }
  }
}
