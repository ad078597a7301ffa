// Reading what the bot answered: invoke responses (a card, or a message shown to the clicker) and cards sent.
import type { PostResult } from './teams-activities.js';

export interface InvokeAnswer {
  statusCode: number;
  type: string;
  value: unknown;
}

export function invokeAnswer(result: PostResult): InvokeAnswer {
  if (result.status !== 200) throw new Error(`invoke answered HTTP ${result.status}`);
  return result.body as InvokeAnswer;
}

export function answerCard(result: PostResult): Record<string, unknown> {
  const answer = invokeAnswer(result);
  if (answer.type !== 'application/vnd.microsoft.card.adaptive')
    throw new Error(`expected a card, got ${answer.type}: ${String(answer.value)}`);
  return answer.value as Record<string, unknown>;
}

export function answerMessage(result: PostResult): string {
  const answer = invokeAnswer(result);
  if (answer.type !== 'application/vnd.microsoft.activity.message') throw new Error(`expected a message, got ${answer.type}`);
  return String(answer.value);
}

/** The `data` of every Action.Execute with this verb in a card (nested ShowCards and ActionSets included). */
export function actionData(card: unknown, verb: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Execute' && record.verb === verb) found.push(record.data as Record<string, unknown>);
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}

/** The choices of the input with this id. */
export function choices(card: unknown, inputId: string): { title: string; value: string }[] {
  let found: { title: string; value: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'Input.ChoiceSet' && record.id === inputId) found = record.choices as typeof found;
    Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}

/** The input id a card's action names for its slot drop-down (`slotInput`): one per page of times. */
export function slotInputOf(card: unknown, verb: string): string {
  const input = actionData(card, verb)[0]?.slotInput;
  if (typeof input !== 'string') throw new Error(`no ${verb} action naming a slot input`);
  return input;
}

/** The choices of a booking or reschedule card's slot drop-down. */
export function slotChoices(card: unknown, verb: 'book.submit' | 'reschedule.submit' = 'book.submit'): { title: string; value: string }[] {
  return choices(card, slotInputOf(card, verb));
}

/** What a client sends when `value` is picked and the action pressed: the action's data and the card's inputs. */
export function pickSlot(
  card: unknown,
  verb: 'book.submit' | 'reschedule.submit',
  value: string | undefined,
  inputs: Record<string, unknown> = {},
) {
  return { ...actionData(card, verb)[0], [slotInputOf(card, verb)]: value ?? '', ...inputs };
}
