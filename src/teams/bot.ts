// The Teams bot: routes by activity type (message, card action, install), by command and by card verb. Handlers
// do the work; every outbound call goes through the gateway.
import { refusalText } from '../domain/refusals.js';
import { ActivityHandler, TurnContext } from 'botbuilder';
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue } from 'botbuilder';
import { errSummary } from '../services/notify.js';
import { cardAttachment } from './cards.js';
import { parseCommand, type Scope } from './commands.js';
import { TeamsGateway } from './gateway.js';
import { ConversationMemory } from './conversations.js';
import { helpCommand } from './handlers/help.js';
import { relayFromEmployee } from './handlers/relay-from-employee.js';
import { relayFromThread } from './handlers/relay-from-thread.js';
import { refusalReply, somethingWentWrong, textReply, type Reply } from './replies.js';
import { activityReader, turnWords } from './reader.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { cardActions, runCommand } from './routes.js';
import { INVOKE_BUDGET_MS, invokeResponse, stillWorking, within } from './invoke.js';
import { isThreadReply, startTurn, type ActingTurn, type TeamsDeps, type Turn } from './turn.js';
import { channelVerbs, isVerb } from './verbs.js';
import { remainingMs } from './held-turn.js';
import { faultWording } from '../domain/wording.js';
import { isGroupChat, isPersonalChat } from './conversations.js';
import { groupChatNote } from './group-note.js';

const hasActor = (turn: Turn): turn is ActingTurn => turn.actor !== null;

export class WellbeingBot extends ActivityHandler {
  private readonly conversations: ConversationMemory;

  constructor(private readonly deps: TeamsDeps) {
    super();
    this.conversations = new ConversationMemory(deps.services.directory);
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    const turn = await startTurn(this.deps, context);
    await this.conversations.remember(turn);
    const activity = context.activity;
    if (activity.value && typeof activity.value === 'object') return this.onCardSubmit(turn);
    const text = (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
    // Files and images are not passed on; tell the employee rather than drop them silently.
    if (!turn.channel && !text && activity.attachments?.length)
      return void (await this.send(
        turn,
        textReply(refusalText({ code: 'text_only' }, 'employee', turn.actor ?? activityReader(turn.context.activity))),
      ));
    const reply = turn.channel
      ? await this.channelMessage(turn, text)
      : isGroupChat(activity)
        ? await this.groupChatMessage(turn, text)
        : await this.personalMessage(turn, text);
    if (reply) await this.send(turn, reply);
  }

  protected override async onConversationUpdateActivity(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const botAdded = activity.membersAdded?.some((m) => m.id === activity.recipient.id);
    if (!botAdded) return;
    const turn = await startTurn(this.deps, context);
    await this.conversations.remember(turn);
    // A group reads along: a neutral note, never the personal welcome of whoever added the bot.
    if (!turn.channel && isGroupChat(activity)) return void (await this.send(turn, textReply(groupChatNote(turnWords(turn)))));
    await this.send(turn, await helpCommand(turn));
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = invokeValue.action as { verb?: unknown; data?: unknown };
    // Reading the person is inside the budget too, and the budget counts from the request's start (the gate's
    // wait included), so a slow database still gets its answer in time.
    // Who reads a failure or "still working": the person acting, once read; their client's language until then.
    let words = wordsFor(activityReader(context.activity));
    const work = startTurn(this.deps, context).then(async (turn) => {
      words = turnWords(turn);
      // A therapist pressing a button in their channel: their user id, for the refresh of their thread's cards.
      await this.conversations
        .rememberViewer(turn)
        .catch((err: unknown) => turn.log.warn({ err: errSummary(err) }, 'could not keep the viewer id'));
      return this.cardAction(turn, action.verb, action.data ?? {});
    });
    const budgetMs = this.deps.invokeBudgetMs ?? INVOKE_BUDGET_MS;
    try {
      const reply = await within(work, remainingMs(budgetMs));
      if (reply) return invokeResponse(reply);
    } catch (error) {
      this.deps.log.error({ err: errSummary(error) }, 'teams card action failed before its answer');
      return invokeResponse(textReply(somethingWentWrong(words)));
    }
    this.finishLate(context, work, budgetMs, words);
    return invokeResponse(textReply(stillWorking(words)));
  }

  /** A card action that outlived Teams' invoke time limit: its result replaces the card (or is sent) when done. */
  private finishLate(context: TurnContext, work: Promise<Reply>, budgetMs: number, words: Words): void {
    const activity = context.activity;
    const reference = TeamsGateway.referenceOf(activity);
    const cardId = activity.replyToId;
    const log = this.deps.log;
    log.warn({ budgetMs }, 'teams card action answered late');
    const deliver = async (reply: Reply) => {
      const message =
        'card' in reply ? { type: 'message', attachments: [cardAttachment(reply.card)] } : { type: 'message', text: reply.text };
      if ('card' in reply && cardId) await this.deps.gateway.update(reference, cardId, message);
      else await this.deps.gateway.send(reference, message);
    };
    // A failure after "still working" is said too, or the person would wait for an update that never comes.
    void work
      .catch(async (error: unknown) => {
        log.error({ err: errSummary(error) }, 'teams late card action failed');
        return textReply(faultWording(words).mayNotBeDone);
      })
      .then(deliver)
      .catch((error: unknown) => log.error({ err: errSummary(error) }, 'teams late card action result undelivered'));
  }

  private async personalMessage(turn: Turn, text: string): Promise<Reply | null> {
    if (!text) return null;
    const parsed = parseCommand(text, 'personal');
    if (parsed.ok && parsed.command.name === 'help') return helpCommand(turn);
    if (!hasActor(turn)) return refusalReply(turnWords(turn), { code: 'not_registered' });
    if (parsed.ok) return runCommand(turn, parsed.command);
    if (parsed.error !== 'unknown') return refusalReply(turn.actor, { code: parsed.error });
    // Therapists, HR admins and operators have no therapist to write to: they get what they can do here instead.
    if (!turn.actor.roles.includes('employee')) return helpCommand(turn);
    return relayFromEmployee(turn, text);
  }

  /** A group chat: others read along, so nobody's sessions are shown and nothing is relayed; only a pointer. */
  private async groupChatMessage(turn: Turn, text: string): Promise<Reply | null> {
    if (!text) return null;
    return refusalReply(turnWords(turn), { code: 'personal_chat_only' });
  }

  private async channelMessage(turn: Turn, text: string): Promise<Reply | null> {
    const activity = turn.context.activity;
    const mentioned = (activity.entities ?? []).some(
      (e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient.id,
    );
    if (mentioned) {
      const parsed = parseCommand(text, 'team' satisfies Scope);
      if (parsed.ok && parsed.command.name === 'help') return helpCommand(turn);
      if (parsed.ok) return hasActor(turn) ? runCommand(turn, parsed.command) : refusalReply(turnWords(turn), { code: 'not_registered' });
      if (parsed.error !== 'unknown') return refusalReply(turnWords(turn), { code: parsed.error });
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
    if (!isVerb(verb)) return refusalReply(turnWords(turn), { code: 'bad_input' });
    if (!hasActor(turn)) return refusalReply(turnWords(turn), { code: 'not_registered' });
    // A card forwarded or clicked where others read along never opens one person's sessions there.
    if (!isPersonalChat(turn.context.activity) && !channelVerbs.has(verb)) return refusalReply(turn.actor, { code: 'personal_chat_only' });
    try {
      return await cardActions[verb](turn, data);
    } catch (error) {
      turn.log.error({ err: errSummary(error), verb }, 'teams card action failed');
      return textReply(somethingWentWrong(wordsFor(turn.actor)));
    }
  }

  private async send(turn: Turn, reply: Reply): Promise<void> {
    const activity =
      'card' in reply ? { type: 'message', attachments: [cardAttachment(reply.card)] } : { type: 'message', text: reply.text };
    await this.deps.gateway.reply(turn.context, activity);
  }
}
