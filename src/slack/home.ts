// App Home: what each reader's Home tab shows, and republishing it after something changed, so the Home tab never
// shows a stale session, for the employee and the therapist alike.
import type { HomeView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../log.js';
import type { AfterAnswerQueue } from '../services/after-answer.js';
import { identityKey, type PlatformIdentity } from '../domain/types.js';
import type { Services } from '../services/api.js';
import type { Actor } from '../services/types.js';
import { header, section } from './blocks/common.js';
import { helpLines } from './blocks/help.js';
import { homeView } from './blocks/overview.js';
import { therapistHomeView } from './blocks/therapist-home.js';
import { slackErrorCode } from './notifier.js';
import { wordsFor } from '../i18n/words.js';

type HomeServices = Pick<Services, 'directory' | 'sessions' | 'attendance'>;

/** Each in their own words. Employees see their overview; therapists their upcoming sessions; HR admins and operators what they can do (help.ts). */
export async function homeViewFor(services: HomeServices, actor: Actor): Promise<HomeView> {
  if (actor.roles.includes('employee')) return homeView(await services.sessions.overview(actor));
  if (actor.roles.includes('therapist')) {
    const [overview, awaiting] = await Promise.all([services.sessions.overview(actor), services.attendance.awaiting(actor)]);
    return therapistHomeView(actor, overview, awaiting.ok ? awaiting.sessions : []);
  }
  const w = wordsFor(actor);
  return { type: 'home', blocks: [header(w.t('slack.home.staffTitle')), section(helpLines(w, actor, 'home').join('\n'))] };
}

/**
 * Republishes the App Home of everyone the notifier tells something, and of whoever a listener just changed
 * something for: the one way a Home tab is redrawn. One change sends a reader several notices (a decision
 * updates the request message and sends the outcome), so requests for one reader are coalesced: at
 * most one publish is waiting per reader (it reads the state when it runs) and one is running. Failures are logged,
 * never thrown: a stale Home tab must not fail the notice that was delivered.
 */
export class HomePublisher {
  private readonly waiting = new Map<string, PlatformIdentity>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly client: WebClient,
    private readonly services: HomeServices,
    private readonly log: Logger,
    private readonly delayMs = 150,
    /** OAuth distribution: each Home tab is published with its own workspace's token. */
    private readonly tokenOf?: (workspaceId: string) => Promise<string>,
    /** The app's after-answer queue: a republish waits its turn behind the answers. */
    private readonly queue?: AfterAnswerQueue,
  ) {}

  refresh(identity: PlatformIdentity): void {
    if (identity.platform !== 'slack') return;
    const key = identityKey(identity);
    if (this.waiting.has(key)) return;
    this.waiting.set(key, identity);
    const run = new Promise<void>((resolve) => setTimeout(resolve, this.delayMs).unref())
      .then(() => (this.queue ? this.queue.run(() => this.publish(key), { sheddable: true }) : this.publish(key)))
      // Shed by a full queue: the tab is drawn afresh when the person next opens it.
      .catch(() => void this.waiting.delete(key))
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  /** Resolves when no publish is waiting or running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private async publish(key: string): Promise<void> {
    const identity = this.waiting.get(key);
    this.waiting.delete(key);
    if (!identity) return;
    try {
      const actor = await this.services.directory.whoIs(identity);
      if (!actor) return;
      const token = this.tokenOf ? { token: await this.tokenOf(identity.workspaceId) } : {};
      await this.client.views.publish({ ...token, user_id: identity.userId, view: await homeViewFor(this.services, actor) });
    } catch (err) {
      this.log.warn({ slackError: slackErrorCode(err) }, 'home republish after a notice failed');
    }
  }
}
