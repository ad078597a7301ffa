// The Teams surface for the composition root: the /api/messages handler (CloudAdapter with Bot Framework JWT
// authentication whenever an app id is configured) and the TeamsNotifier for proactive messages.
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Activity, TurnContext } from 'botbuilder';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Admission } from '../http/admission.js';
import type { Logger } from '../log.js';
import { errSummary } from '../services/notify.js';
import type { Services } from '../services/api.js';
import type { Notifier } from '../services/notifier.js';
import { WellbeingBot } from './bot.js';
import { inboundHandler, TeamsAdapter, TurnFailedError } from './inbound.js';
import { TeamsGateway, type GatewayOptions } from './gateway.js';
import { TeamsNotifier } from './notifier.js';
import { activityReader } from './reader.js';
import { somethingWentWrong } from './replies.js';
import { wordsFor } from '../i18n/words.js';
import { teamsTenancyGate } from './tenancy-gate.js';
import { currentHeldTurn } from './held-turn.js';
import { INVOKE_BUDGET_MS } from './invoke.js';
import type { TenancyService } from '../services/tenancy.js';

/** Below Teams' own 15 s, after which it may send the message again. */
const MESSAGE_DEADLINE_MS = 8_000;

export interface TeamsSurface {
  /** Mount as `POST /api/messages` after `express.json()`. */
  handle(req: Request, res: Response): Promise<void>;
  notifier: Notifier;
}

export interface TeamsBotDeps {
  config: Config;
  services: Services;
  log: Logger;
  /** Retry tuning for outbound calls (tests shorten the back-off). */
  gateway?: GatewayOptions;
  /** Time a card action may take before its invoke is answered (default 4 s); the card is updated when done. */
  invokeBudgetMs?: number;
  /** Time a message may wait for the tenancy gate before its sender is told it was not delivered (default 8 s). */
  messageDeadlineMs?: number;
  /**
   * Which organisation claims a tenant: the composition root always passes it; only tests of the surface itself
   * build it without (then no gate), as with Slack.
   */
  tenancy?: Pick<TenancyService, 'admit'>;
  /** The app's bound of requests answered at once (src/http/admission.ts); none when absent. */
  admission?: Admission;
}

export function createTeamsBot(deps: TeamsBotDeps): TeamsSurface {
  const { config, services } = deps;
  const log = deps.log.child({ surface: 'teams' });
  const appId = config.MicrosoftAppId ?? '';
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    // Without an app id (local runs, tests) there are no credentials to type; botbuilder refuses SingleTenant then.
    MicrosoftAppType: appId ? config.MicrosoftAppType : 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  const adapter = new TeamsAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    // A summary only: connector errors carry the request, and with it the text of the message being sent.
    log.error({ err: errSummary(error), activityType: context.activity.type }, 'teams turn failed');
    // A message answered at its deadline has told its sender already (inbound.ts).
    if (context.activity.type === 'message' && currentHeldTurn()?.wasAbandoned !== true) {
      // The person is not at hand here: their client's language.
      await context.sendActivity(somethingWentWrong(wordsFor(activityReader(context.activity)))).catch(() => undefined);
    }
    // Never a silent 200: the request is answered 500 (without detail), so the platform may redeliver it.
    throw new TurnFailedError();
  };
  const gateway = new TeamsGateway(adapter, appId, log, deps.gateway);
  const bot = new WellbeingBot({ config, services, gateway, log, invokeBudgetMs: deps.invokeBudgetMs });
  // Around inbound activities only (not adapter middleware, which proactive turns would run through too).
  const gate = deps.tenancy ? teamsTenancyGate(deps.tenancy, gateway, log) : null;
  // A request answered while the gate waited is not run when the gate returns (held-turn.ts).
  const run = async (context: TurnContext) => {
    if (currentHeldTurn()?.enter() === false) return;
    await bot.run(context);
  };
  const logic = (context: TurnContext) => (gate ? gate(context, () => run(context)) : run(context));
  const deadlines = { invokeMs: deps.invokeBudgetMs ?? INVOKE_BUDGET_MS, messageMs: deps.messageDeadlineMs ?? MESSAGE_DEADLINE_MS };
  const tellSender = async (activity: Activity, text: string) =>
    void (await gateway.send(TeamsGateway.referenceOf(activity), { type: 'message', text }));
  return {
    handle: inboundHandler({ auth, adapter, log, logic, deadlines, tellSender, admission: deps.admission }),
    notifier: new TeamsNotifier(gateway, services.directory),
  };
}

export { TeamsNotifier, TeamsGateway };
