// Reading what the app sent to Slack: buttons in Block Kit, texts, and a modal's contents.
import type { RecordedCall } from './slack-api-stub.js';

type Json = unknown;

function walk(node: Json, visit: (obj: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

/** The value of the first element with this action id anywhere in a call's body (message blocks or view). */
export function actionValue(call: RecordedCall | undefined, actionId: string): string | undefined {
  let found: string | undefined;
  walk(call?.body, (obj) => {
    if (found === undefined && obj.action_id === actionId && typeof obj.value === 'string') found = obj.value;
  });
  return found;
}

export function hasAction(call: RecordedCall | undefined, actionId: string): boolean {
  let found = false;
  walk(call?.body, (obj) => {
    if (obj.action_id === actionId) found = true;
  });
  return found;
}

/** Options of the select with this action id (flattened across option groups). */
export function selectOptions(call: RecordedCall | undefined, actionId: string): { text: string; value: string }[] {
  const out: { text: string; value: string }[] = [];
  walk(call?.body, (obj) => {
    if (obj.action_id !== actionId) return;
    walk([obj.options ?? [], obj.option_groups ?? []], (o) => {
      const text = o.text as { text?: string } | undefined;
      if (typeof o.value === 'string' && text?.text) out.push({ text: text.text, value: o.value });
    });
  });
  return out;
}

/** All text a call carries (fallback text and blocks), for "does it say X" assertions. */
export function allText(call: RecordedCall | undefined): string {
  const parts: string[] = [];
  walk(call?.body, (obj) => {
    if (typeof obj.text === 'string') parts.push(obj.text);
  });
  return parts.join('\n');
}

export interface ViewBody {
  type: string;
  callback_id?: string;
  private_metadata?: string;
  submit?: unknown;
  blocks: Record<string, unknown>[];
}

export function viewOf(call: RecordedCall | undefined): ViewBody {
  const view = call?.body.view;
  if (!view || typeof view !== 'object') throw new Error(`no view in ${call?.method ?? 'missing call'}`);
  return view as ViewBody;
}
