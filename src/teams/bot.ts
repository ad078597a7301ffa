// The Teams bot: routes by activity type (message, card action, install), by command and by card verb. Handlers
// do the work; every outbound call goes through the gateway.
import { ActivityHandler, TurnContext } from 'botbuilder';
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue } from 'botbuilder';
import { channelKey, identityKey } from '../domain/types.js';
import { errSummary } from '../services/notify.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardAttachment } from './cards.js';
import { parseCommand, type Scope } from './commands.js';
import { TeamsGateway } from './gateway.js';
import { helpCommand } from './handlers/help.js';
import { tenantServiceKey } from './notifier.js';
import { relayFromEmployee } from './handlers/relay-from-employee.js';
import { relayFromThread } from './handlers/relay-from-thread.js';
import { refusalReply, textReply, type Reply } from './replies.js';
import { cardActions, runCommand } from './routes.js';
import { isThreadReply, startTurn, type ActingTurn, type TeamsDeps, type Turn } from './turn.js';
import { isVerb } from './verbs.js';

const INVOKE_MESSAGE = 'application/vnd.microsoft.activity.message';
/** Teams gives an invoke a few seconds; answer before that, finishing slow work afterwards. */
const INVOKE_BUDGET_MS = 4000;
const STILL_WORKING = 'Still working on it: this card updates when it is done.';

/** The work's result, or null when it takes longer than `ms` (the work carries on). */
async function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
const SOMETHING_WENT_WRONG = 'Sorry, something went wrong on our side. Please try again in a moment.';

const hasActor = (turn: Turn): turn is ActingTurn => turn.actor !== null;

export class WellbeingBot extends ActivityHandler {
  /** Conversation references already stored by this instance, so a busy chat does not rewrite them each message. */
  private readonly remembered = new Set<string>();

  constructor(private readonly deps: TeamsDeps) {
    super();
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    const turn = await startTurn(this.deps, context);
    await this.rememberConversation(turn);
    const activity = context.activity;
    if (activity.value && typeof activity.value === 'object') return this.onCardSubmit(turn);
    const text = (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
    const reply = turn.channel ? await this.channelMessage(turn, text) : await this.personalMessage(turn, text);
    if (reply) await this.send(turn, reply);
  }

  protected override async onConversationUpdateActivity(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const botAdded = activity.membersAdded?.some((m) => m.id === activity.recipient.id);
    if (!botAdded) return;
    const turn = await startTurn(this.deps, context);
    await this.rememberConversation(turn);
    await this.send(turn, await helpCommand(turn));
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const turn = await startTurn(this.deps, context);
    const action = invokeValue.action as { verb?: unknown; data?: unknown };
    const work = this.cardAction(turn, action.verb, action.data ?? {});
    const reply = await within(work, this.deps.invokeBudgetMs ?? INVOKE_BUDGET_MS);
    if (!reply) {
      this.finishLate(turn, work);
      return { statusCode: 200, type: INVOKE_MESSAGE, value: STILL_WORKING } as unknown as AdaptiveCardInvokeResponse;
    }
    return 'card' in reply
      ? { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: reply.card }
      : ({ statusCode: 200, type: INVOKE_MESSAGE, value: reply.text } as unknown as AdaptiveCardInvokeResponse);
  }

  /** A card action that outlived Teams' invoke time limit: its result replaces the card (or is sent) when done. */
  private finishLate(turn: Turn, work: Promise<Reply>): void {
    const activity = turn.context.activity;
    const reference = TeamsGateway.referenceOf(activity);
    const cardId = activity.replyToId;
    turn.log.warn({ budgetMs: this.deps.invokeBudgetMs ?? INVOKE_BUDGET_MS }, 'teams card action answered late');
    void work
      .then(async (reply) => {
        const message = 'card' in reply ? { type: 'message', attachments: [cardAttachment(reply.card)] } : { type: 'message', text: reply.text };
        if ('card' in reply && cardId) await this.deps.gateway.update(reference, cardId, message);
        else await this.deps.gateway.send(reference, message);
      })
      .catch((error: unknown) => turn.log.error({ err: errSummary(error) }, 'teams late card action result undelivered'));
  }

  private async personalMessage(turn: Turn, text: string): Promise<Reply | null> {
    if (!text) return null;
    const parsed = parseCommand(text, 'personal');
    if (parsed.ok && parsed.command.name === 'help') return helpCommand(turn);
    if (!hasActor(turn)) return refusalReply({ code: 'not_registered' });
    if (parsed.ok) return runCommand(turn, parsed.command);
    if (parsed.error !== 'unknown') return refusalReply({ code: parsed.error });
    return relayFromEmployee(turn, text);
  }

  private async channelMessage(turn: Turn, text: string): Promise<Reply | null> {
    const activity = turn.context.activity;
    const mentioned = (activity.entities ?? []).some(
      (e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient.id,
    );
    if (mentioned) {
      const parsed = parseCommand(text, 'team' satisfies Scope);
      if (parsed.ok && parsed.command.name === 'help') return helpCommand(turn);
      if (parsed.ok) return hasActor(turn) ? runCommand(turn, parsed.command) : refusalReply({ code: 'not_registered' });
      if (parsed.error !== 'unknown') return refusalReply({ code: parsed.error });
    }
    if (isThreadReply(activity) && text) return relayFromThread(turn, text);
    return mentioned ? helpCommand(turn) : null;
  }

  /** Action.Submit fallback: the card data arrives as a message `value`; the clicked card is `replyToId`. */
  private async onCardSubmit(turn: Turn): Promise<void> {
    const activity = turn.context.activity;
    const value = activity.value as { verb?: unknown };
    const key = `teams:submit:${activity.conversation.id}:${activity.id ?? ''}`;
    if (!(await this.deps.services.deliveries.firstTime(key))) return;
    try {
      const reply = await this.cardAction(turn, value.verb, value);
      if ('card' in reply && activity.replyToId) {
        await this.deps.gateway.replace(turn.context, activity.replyToId, { type: 'message', attachments: [cardAttachment(reply.card)] });
      } else {
        await this.send(turn, reply);
      }
    } catch (error) {
      await this.deps.services.deliveries.forget(key);
      throw error;
    }
  }

  private async cardAction(turn: Turn, verb: unknown, data: unknown): Promise<Reply> {
    if (!isVerb(verb)) return refusalReply({ code: 'bad_input' });
    if (!hasActor(turn)) return refusalReply({ code: 'not_registered' });
    try {
      return await cardActions[verb](turn, data);
    } catch (error) {
      turn.log.error({ err: errSummary(error), verb }, 'teams card action failed');
      return textReply(SOMETHING_WENT_WRONG);
    }
  }

  private async send(turn: Turn, reply: Reply): Promise<void> {
    const activity = 'card' in reply ? { type: 'message', attachments: [cardAttachment(reply.card)] } : { type: 'message', text: reply.text };
    await this.deps.gateway.reply(turn.context, activity);
  }

  /** Stores where to reach this person (1:1 chat) or channel later, for proactive messages and threads. */
  private async rememberConversation(turn: Turn): Promise<void> {
    const activity = turn.context.activity;
    const key = turn.channel ? channelKey(turn.channel) : activity.conversation?.conversationType === 'personal' ? identityKey(turn.identity) : null;
    if (!key) return;
    const reference = TeamsGateway.referenceOf(activity);
    await this.rememberOnce(key, `${reference.serviceUrl}|${turn.channel ? '' : reference.conversation?.id}`, reference);
    const { serviceUrl, bot, channelId } = reference;
    await this.rememberOnce(tenantServiceKey(turn.identity.workspaceId), `${serviceUrl}`, { serviceUrl, bot, channelId });
  }

  private async rememberOnce(key: string, version: string, reference: object): Promise<void> {
    const memo = `${key}|${version}`;
    if (this.remembered.has(memo)) return;
    await this.deps.services.directory.saveAddress(key, 'teams', JSON.parse(JSON.stringify(reference)) as Record<string, unknown>);
    this.remembered.add(memo);
  }
}
