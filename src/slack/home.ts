// Republishes an employee's App Home after something changed, so the Home tab never shows a stale session.
import type { WebClient } from '@slack/web-api';
import type { Actor } from '../services/types.js';
import { homeView } from './blocks/overview.js';
import type { SlackDeps } from './context.js';
import { slackErrorCode } from './notifier.js';

export async function refreshHome(client: WebClient, deps: SlackDeps, actor: Actor): Promise<void> {
  if (!actor.roles.includes('employee')) return;
  try {
    const overview = await deps.services.sessions.overview(actor);
    await client.views.publish({ user_id: actor.identity.userId, view: homeView(overview) });
  } catch (err) {
    deps.log.warn({ slackError: slackErrorCode(err) }, 'home refresh failed');
  }
}
