// App Home: the employee's overview, refreshed each time they open the Home tab. Their Slack time zone is recorded
// on the way, so every time they read is in their own zone.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { isValidZone } from '../../../domain/time.js';
import type { Actor } from '../../../services/types.js';
import { refusalHomeView } from '../../blocks/overview.js';
import { homeViewFor } from '../../home.js';
import type { SlackDeps } from '../../context.js';
import { whoIs } from '../../context.js';
import { slackErrorCode } from '../../notifier.js';
import { unknownReaderWords } from '../../words.js';

type HomeArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

async function withSlackZone(client: WebClient, deps: SlackDeps, actor: Actor): Promise<Actor> {
  try {
    const info = await client.users.info({ user: actor.identity.userId });
    const zone = info.user?.tz;
    if (!zone || zone === actor.zone || !isValidZone(zone)) return actor;
    await deps.services.directory.updateZone(actor, zone);
    return { ...actor, zone };
  } catch (err) {
    deps.log.warn({ slackError: slackErrorCode(err) }, 'users.info failed; keeping the stored zone');
    return actor;
  }
}

export function appHomeOpenedCallback(deps: SlackDeps) {
  return async ({ event, body, client }: HomeArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    deps.background('app-home-opened', async () => {
      const found = await whoIs(deps, body.team_id, event.user);
      if (!found) {
        await client.views.publish({ user_id: event.user, view: refusalHomeView(unknownReaderWords(), 'not_registered') });
        return;
      }
      const actor = await withSlackZone(client, deps, found);
      await client.views.publish({ user_id: event.user, view: await homeViewFor(deps.services, actor) });
    });
  };
}
