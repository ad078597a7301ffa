// `@Wellbeing recommend` in a client's thread: the therapist gets the card to recommend extra sessions for that
// client (issue 19, §4); card verb `recommend.submit` sends it. Refusals are sentences for the therapist; a refused
// card comes back with the sentence on it, nothing stored.
import { z } from 'zod';
import { refusalText } from '../../domain/refusals.js';
import { recommendationSentText, recommendationWhere } from '../../domain/wording.js';
import { recommendCard } from '../recommend-card.js';
import { cardReply, freeTextField, idField, parseCardData, refusalReply, textReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';
import { isThreadReply } from '../turn.js';
import { wordsFor } from '../../i18n/words.js';

const submitSchema = z.object({
  employeeId: idField,
  month: z.string().max(20).optional(),
  sessions: z.string().max(10).optional(),
  note: freeTextField,
});

/** The client's thread this turn is in, or null (the 1:1 chat, or the channel's top level). */
function threadOf(turn: ActingTurn) {
  const activity = turn.context.activity;
  return turn.channel && isThreadReply(activity) ? { channel: turn.channel, threadId: activity.conversation.id } : null;
}

export async function recommendCommand(turn: ActingTurn): Promise<Reply> {
  if (!turn.actor.roles.includes('therapist')) return refusalReply(turn.actor, { code: 'not_therapist', params: { action: 'recommend' } });
  const thread = threadOf(turn);
  // The domain's sentence; the therapist (turn.actor) reads it.
  if (!thread) return textReply(recommendationWhere(turn.actor));
  const choices = await turn.deps.services.recommendations.clientOfThread(turn.actor, thread);
  return choices.ok ? cardReply(recommendCard(choices, wordsFor(turn.actor))) : refusalReply(turn.actor, choices);
}

export async function recommendSubmitAction(turn: ActingTurn, data: unknown): Promise<Reply> {
  const parsed = parseCardData(submitSchema, data, turn.actor);
  if (!parsed.ok) return parsed.reply;
  const made = await turn.deps.services.recommendations.recommend(turn.actor, {
    employeeId: parsed.data.employeeId,
    month: parsed.data.month ?? '',
    sessions: parsed.data.sessions ?? '',
    note: parsed.data.note,
  });
  if (made.ok) return textReply(recommendationSentText(made.recommendation, turn.actor));
  // The card again, with the sentence on it, where the client is still the therapist's in this thread.
  const thread = threadOf(turn);
  const choices = thread ? await turn.deps.services.recommendations.clientOfThread(turn.actor, thread) : null;
  return choices?.ok
    ? cardReply(recommendCard(choices, wordsFor(turn.actor), refusalText(made, 'employee', turn.actor)))
    : refusalReply(turn.actor, made);
}
