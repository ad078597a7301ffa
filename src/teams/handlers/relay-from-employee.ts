// Free text in an employee's 1:1 chat: relayed into their thread in the therapist's channel. Redeliveries carry
// the same activity id, so the relay's delivery key makes them no-ops; a failure is told to the sender.
import { refusalReply, type Reply } from '../replies.js';
import type { ActingTurn } from '../turn.js';

export async function relayFromEmployee(turn: ActingTurn, text: string): Promise<Reply | null> {
  const activity = turn.context.activity;
  const deliveryKey = `teams:${activity.conversation.id}:${activity.id ?? ''}`;
  const result = await turn.deps.services.relay.fromEmployee(turn.actor, { text, deliveryKey });
  if (!result.ok) return refusalReply(turn.actor, result);
  return null;
}
