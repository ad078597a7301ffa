// Runs before the bot on every inbound activity (as the Slack gate runs before every listener): an activity from a tenant
// that no organisation claims, or from a person registered under another organisation than the tenant's, is
// answered with its refusal and goes no further, so nothing about it is stored (no person, no conversation
// reference, no delivery key). The check is the tenancy service's `admit`, the same one the Slack gate makes.
import type { Activity, InvokeResponse, MiddlewareHandler, TurnContext } from 'botbuilder';
import { refusalText, type RefusalCode } from '../domain/refusals.js';
import type { Logger } from '../log.js';
import type { TenancyService } from '../services/tenancy.js';
import { isPersonalChat } from './conversations.js';
import type { TeamsGateway } from './gateway.js';
import { invokeResponse } from './invoke.js';
import { activityReader } from './reader.js';
import { textReply } from './replies.js';
import { actingAs } from '../services/acting.js';
import { identityOf, tenantOf } from './turn.js';

const botAdded = (activity: Activity) => activity.membersAdded?.some((m) => m.id === activity.recipient?.id) === true;

export function teamsTenancyGate(tenancy: Pick<TenancyService, 'admit'>, gateway: TeamsGateway, log: Logger): MiddlewareHandler {
  return async (context, next) => {
    const activity = context.activity;
    const identity = identityOf(activity);
    const admission = await tenancy.admit({ platform: 'teams', tenantId: tenantOf(activity) }, identity);
    // The turn runs as this person: its lookup takes what the gate just read.
    if (admission.ok) return actingAs(identity, admission.person, next);
    log.info({ activityType: activity.type, refusal: admission.code }, 'teams activity refused by the tenancy gate');
    await answerRefused(context, gateway, admission.code);
  };
}

/** Tells the person where they talk to the bot (their 1:1 chat, or the card they clicked); silent in channels. */
async function answerRefused(context: TurnContext, gateway: TeamsGateway, code: RefusalCode): Promise<void> {
  const activity = context.activity;
  // The domain's sentence, in the language the refused person's Teams client reports (no record of theirs is read).
  const reader = activityReader(activity);
  const text = refusalText({ code }, 'employee', reader);
  if (activity.type === 'invoke') {
    // An invoke must be answered in the HTTP response, else the adapter answers 501 and Teams shows an error.
    const body = activity.name === 'adaptiveCard/action' ? invokeResponse(textReply(text)) : undefined;
    await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } satisfies InvokeResponse });
    return;
  }
  if (!isPersonalChat(activity)) return;
  const spoken = activity.type === 'message' || (activity.type === 'conversationUpdate' && botAdded(activity));
  if (spoken) await gateway.reply(context, { type: 'message', text });
}
