// What every listener needs: the services, a logger, and the few steps they all share (who is acting, telling
// someone no). Listeners stay thin by calling these.
import type { WebClient } from '@slack/web-api';
import type { ModalView } from '@slack/types';
import type { Logger } from '../log.js';
import { refusalText } from '../domain/refusals.js';
import { faultWording } from '../domain/wording.js';
import { errSummary } from '../services/notify.js';
import type { Refusal, RefusalCode } from '../domain/refusals.js';
import type { ChannelAddress, PlatformIdentity } from '../domain/types.js';
import type { Services } from '../services/api.js';
import type { Actor } from '../services/types.js';
import { infoModal, loadingModal } from './blocks/common.js';
import { slackErrorCode } from './notifier.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { wordsFor, type Words } from '../i18n/words.js';
import { actingWords } from './words.js';

export interface SlackDeps {
  services: Services;
  log: Logger;
  /**
   * Runs a listener's slow work after its ack has been answered, so Slack gets its HTTP response at once. Failures
   * are caught and logged once; the surface's idle() waits for all of it (tests, shutdown).
   */
  background: (listener: string, work: () => Promise<void>) => void;
  /** True while the after-answer work is at its bound: new events are not taken (Slack delivers them again). */
  overloaded: () => boolean;
  /** Republishes a person's App Home (coalesced per reader, after the answers); the one way Home tabs are redrawn. */
  homes: { refresh(identity: PlatformIdentity): void };
  /** Learns the language of each person a listener serves, after the answer (src/slack/locale.ts). */
  locales?: { seen(identity: PlatformIdentity): void };
}

export const slackIdentity = (workspaceId: string, userId: string): PlatformIdentity => ({ platform: 'slack', workspaceId, userId });
export const slackChannel = (workspaceId: string, channelId: string): ChannelAddress => ({ platform: 'slack', workspaceId, channelId });

/** The person acting (the request's acting scope answers without reading when the gate read them). */
export function whoIs(deps: SlackDeps, workspaceId: string, userId: string): Promise<Actor | null> {
  deps.locales?.seen(slackIdentity(workspaceId, userId));
  return deps.services.directory.whoIs(slackIdentity(workspaceId, userId));
}

/** The workspace of an interaction: the acting user's team, which differs from `team` in shared channels. */
export function teamOf(body: { team?: { id: string } | null; user?: { team_id?: string } }): string {
  return body.user?.team_id ?? body.team?.id ?? '';
}

export const refusalOf = (code: RefusalCode, params?: Record<string, string | number>): Pick<Refusal, 'code' | 'params'> =>
  params ? { code, params } : { code };

/** A short-lived modal stating a refusal in place of the form, in the words of whoever opened it. */
export function refusalModal(w: Words, title: string, refusal: Pick<Refusal, 'code' | 'params'>): ModalView {
  return infoModal(w, title, [refusalText(refusal, 'employee', w)]);
}

/** Tells one person something only they see, in the channel (and thread) they acted in. */
export async function tellEphemeral(
  client: WebClient,
  log: Logger,
  where: { channel: string; user: string; threadTs?: string },
  text: string,
): Promise<void> {
  try {
    await client.chat.postEphemeral({
      channel: where.channel,
      user: where.user,
      text,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    });
  } catch (err) {
    // An ephemeral can fail where the bot is not a member; a DM still reaches the person.
    log.warn({ slackError: slackErrorCode(err) }, 'ephemeral message failed, falling back to a DM');
    await client.chat.postMessage({ channel: where.user, text }).catch((dmErr: unknown) => {
      log.error({ slackError: slackErrorCode(dmErr) }, 'could not tell the person about a refusal');
    });
  }
}

/** Replaces a modal opened with a loading state; a view closed in the meantime is not an error worth raising. */
export async function updateModal(client: WebClient, log: Logger, viewId: string, view: ModalView): Promise<void> {
  try {
    await client.views.update({ view_id: viewId, view });
  } catch (err) {
    log.warn({ slackError: slackErrorCode(err) }, 'views.update failed');
  }
}

/**
 * Opens a modal immediately (a trigger id works once, for 3 s) and returns its id for the later update. From inside
 * a modal the new one is pushed on top instead (views.open fails while a modal is open).
 */
export async function openModal(client: WebClient, triggerId: string, view: ModalView, push = false): Promise<string> {
  const opened = push ? await client.views.push({ trigger_id: triggerId, view }) : await client.views.open({ trigger_id: triggerId, view });
  return opened.view?.id ?? '';
}

/**
 * The modal pattern every button and command uses: a loading modal is requested at once (the trigger id works once,
 * for 3 s, so this never waits for the database or for queued work); resolving the actor, building the real view and
 * swapping it in run after the ack, as background work.
 */
export function openThenFill(
  client: WebClient,
  deps: SlackDeps,
  listener: string,
  at: { triggerId: string; workspaceId: string; userId: string; title: MessageKey; fromModal?: boolean },
  build: (actor: Actor, w: Words) => Promise<ModalView>,
): void {
  // The loading state speaks the person's language when the request has read them already (the tenancy gate usually
  // has); the filled form always does.
  const early = actingWords(slackIdentity(at.workspaceId, at.userId));
  const opening = openModal(client, at.triggerId, loadingModal(early, early.t(at.title)), at.fromModal);
  opening.catch(() => undefined); // awaited below; this only keeps an early failure from going unobserved
  deps.background(listener, async () => {
    let w = early;
    const content = (async () => {
      const actor = await whoIs(deps, at.workspaceId, at.userId);
      if (!actor) return refusalModal(w, w.t(at.title), refusalOf('not_registered'));
      w = wordsFor(actor);
      return build(actor, w);
    })().catch((err: unknown) => {
      // The form could not be filled (the database down or slow): the open modal says so instead of loading forever.
      deps.log.error({ listener, err: errSummary(err) }, 'modal content could not be read');
      return infoModal(w, w.t(at.title), [faultWording(w).notTaken]);
    });
    const [viewId, view] = await Promise.all([opening, content]);
    await updateModal(client, deps.log, viewId, view);
  });
}
