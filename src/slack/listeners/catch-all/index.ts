// Acknowledged at once, registered after every real listener: button clicks with an action id nobody handles (a
// link button, an element of a modal), closed modals, a submission of a view without a listener, and commands not
// in the manifest. Without these Bolt waits 3 s and answers 404, and Slack shows the person an error.
import type { App } from '@slack/bolt';
import { actions, commands, views } from '../../ids.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Matches any id except the given ones, so a catch-all never acks a second time what a real listener acked. */
export const anyIdExcept = (known: readonly string[]): RegExp => new RegExp(`^(?!(?:${known.map(escape).join('|')})$)`);

export function register(app: App): void {
  app.action({ action_id: anyIdExcept(Object.values(actions)) }, async ({ ack }) => ack());
  app.view({ callback_id: anyIdExcept(Object.values(views)), type: 'view_submission' }, async ({ ack }) => ack());
  app.view({ callback_id: /.*/, type: 'view_closed' }, async ({ ack }) => ack());
  app.command(anyIdExcept(Object.values(commands)), async ({ ack }) => ack());
}
