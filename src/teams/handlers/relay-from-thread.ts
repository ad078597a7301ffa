// A message in a therapist channel thread: relayed to the employee whose thread it is (if it is a relay thread).
import { refusalReply, type Reply } from '../replies.js';
import { turnWords } from '../reader.js';
import type { Turn } from '../turn.js';

export async function relayFromThread(turn: Turn, text: string): Promise<Reply | null> {
  const activity = turn.context.activity;
  if (!turn.channel) return null;
  const result = await turn.deps.services.relay.fromThread({
    thread: { channel: turn.channel, threadId: activity.conversation.id },
    sender: turn.identity,
    text,
    deliveryKey: `teams:${activity.conversation.id}:${activity.id ?? ''}`,
  });
  if (!result.ok) return refusalReply(turnWords(turn), result);
  return null;
}
