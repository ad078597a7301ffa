// A view submitted again unchanged (same view id and hash: Slack lost or timed out the first answer, or an instance
// died after storing the change) is answered with the first submission's outcome instead of running the use case
// again, which would refuse it as a clash with the change it made itself ("That time is no longer free"). The
// submission is taken as a delivery (`slack:view:<id>:<hash>`) and its answer recorded with it, so this holds on
// whichever instance the resubmission reaches. A submission still running elsewhere is waited for briefly, then the
// person sees "working on it" and the outcome replaces it once recorded. Only changes are recorded: a refusal
// changed nothing (its delivery is let go), and the person may correct the fields and submit again.
import type { DeliveryService } from '../../../services/api.js';
import { errSummary } from '../../../services/notify.js';
import type { SlackDeps } from '../../context.js';
import { failedView, isRefusalAck, lateOutcomeView, workingView } from '../../answers/late-view.js';
import type { SubmitArgs } from './types.js';
import { slackIdentity, teamOf } from '../../context.js';
import { actingWords } from '../../words.js';

type Response = Parameters<SubmitArgs['ack']>[0];

/** How long a resubmission waits for the first one still running elsewhere, before "working on it" and after. */
const WAIT_IN_ANSWER_MS = 1_200;
const WAIT_AFTER_ANSWER_MS = 20_000;
const POLL_MS = 200;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function outcomeWithin(deliveries: DeliveryService, key: string, ms: number): Promise<{ outcome: unknown } | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const found = await deliveries.outcomeOf(key);
    if (found || Date.now() >= until) return found;
    await delay(POLL_MS);
  }
}

export function remembered(deps: Pick<SlackDeps, 'services' | 'log' | 'background'>, callback: (args: SubmitArgs) => Promise<void>) {
  const { deliveries } = deps.services;
  const { log } = deps;
  return async (args: SubmitArgs): Promise<void> => {
    const key = `slack:view:${args.view.id}:${args.view.hash}`;
    const taken = await deliveries.take(key);
    if (taken !== 'taken') return answerAgain(deps, args, key);
    let answered = false;
    const ack: SubmitArgs['ack'] = async (response) => {
      answered = true;
      // The answer goes out first (nothing more stands before Slack's ack); a resubmission arriving before the
      // outcome is recorded finds the submission in flight and waits for it.
      await args.ack(response);
      const recorded = isRefusalAck(response) ? deliveries.forget(key) : deliveries.done(key, response ?? null);
      await recorded.catch((err: unknown) => log.warn({ err: errSummary(err) }, 'view outcome not recorded'));
    };
    try {
      await callback({ ...args, ack });
    } finally {
      // No answer (the listener threw): nothing is known to remember, and the person may submit again.
      if (!answered) await deliveries.forget(key).catch(() => undefined);
    }
  };
}

/** A submission seen before: its recorded outcome, or "working on it" until the one running elsewhere records it. */
async function answerAgain(deps: Pick<SlackDeps, 'services' | 'log' | 'background'>, args: SubmitArgs, key: string): Promise<void> {
  const { deliveries } = deps.services;
  const earlier = await outcomeWithin(deliveries, key, WAIT_IN_ANSWER_MS);
  if (earlier) {
    await args.ack((earlier.outcome ?? undefined) as Response);
    return;
  }
  const w = actingWords(slackIdentity(teamOf(args.body), args.body.user.id));
  // The view's own title is already in the person's language.
  const title = args.view.title?.text ?? w.t('slack.modal.fallbackTitle');
  await args.ack({ response_action: 'update', view: workingView(w, title) });
  deps.background('view-submitted-again', async () => {
    const later = await outcomeWithin(deliveries, key, WAIT_AFTER_ANSWER_MS);
    const view = later ? lateOutcomeView(w, later.outcome, title) : failedView(w, title);
    await args.client.views.update({ view_id: args.view.id, view }).catch((err: unknown) => {
      deps.log.warn({ err: errSummary(err) }, 'could not update a view submitted again');
    });
  });
}
