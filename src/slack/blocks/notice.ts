// A Notice rendered as a Slack message for one reader, in their language and zone: wording from domain/wording (the one source
// shared with Teams), layout and buttons here.
import type { KnownBlock } from '@slack/types';
import { employeeNextSteps, stepSessionId, type NextStep } from '../../domain/next-steps.js';
import { noticeText } from '../../domain/wording.js';
import type { Reader } from '../../i18n/locales.js';
import { wordsFor, type Words } from '../../i18n/words.js';
import type { Notice, OfferView } from '../../notices/notice.js';
import { actions } from '../ids.js';
import { escapeMrkdwn } from '../text.js';
import { actionsBlock, button, context, header, limitBlocks, MAX_MESSAGE_BLOCKS, quoteBlocks, section } from './common.js';

export interface SlackMessage {
  /** Notification and accessibility fallback: the title only, never the relayed text or a reason. */
  text: string;
  blocks: KnownBlock[];
}

/** `reader` is whoever reads this message: the DM's recipient, or the therapist for a thread post. */
export function noticeMessage(notice: Notice, reader: Reader): SlackMessage {
  const w = wordsFor(reader);
  const words = noticeText(notice, w);
  const blocks: KnownBlock[] =
    notice.kind === 'relay'
      ? [context(`*${escapeMrkdwn(words.title)}*`)]
      : [header(words.title), ...(words.lines.length > 0 ? [section(words.lines.map(escapeMrkdwn).join('\n'))] : [])];
  if (words.quote) blocks.push(...quoteBlocks(words.quote));
  // Buttons go last and must survive the cut; only a very long quoted text can reach the message limit.
  const buttons = noticeButtons(w, notice);
  const body = limitBlocks(blocks, MAX_MESSAGE_BLOCKS - buttons.length, (hidden) => w.t('slack.notice.morePartsHidden', { count: hidden }));
  return { text: words.title, blocks: [...body, ...buttons] };
}

function noticeButtons(w: Words, notice: Notice): KnownBlock[] {
  const next = optionButtons(w);
  switch (notice.kind) {
    case 'reschedule_requested':
      if (notice.request.status !== 'pending') return [];
      return [
        actionsBlock(
          [
            button(w.t('slack.notice.confirm'), actions.requestConfirm, notice.request.id, 'primary'),
            button(w.t('slack.notice.decline'), actions.requestDecline, notice.request.id, 'danger'),
            button(w.t('slack.notice.proposeAnother'), actions.requestPropose, notice.request.id),
          ],
          `request:${notice.request.id}`,
        ),
      ];
    case 'reschedule_awaiting':
      // The employee may take their request back while it still waits for the therapist.
      if (notice.request.status !== 'pending' || notice.request.awaiting !== 'therapist') return [];
      return [
        actionsBlock(
          [button(w.t('slack.button.withdrawRequest'), actions.requestWithdraw, notice.request.id)],
          `awaiting:${notice.request.id}`,
        ),
      ];
    case 'thread_opened':
      // The therapist offers this client times or moves one of their sessions; both are read live when clicked
      // (the client's sessions and the therapist's slots as they are then), so the buttons never go stale.
      if (!notice.employeeId) return [];
      return [
        actionsBlock(
          [
            button(w.t('slack.notice.offerTimes'), actions.offerOpen, notice.employeeId),
            button(w.t('slack.notice.moveASession'), actions.threadMove, notice.employeeId),
          ],
          `thread:${notice.employeeId}`,
        ),
      ];
    case 'reschedule_not_confirmed':
      return [
        actionsBlock(
          employeeNextSteps(notice).map((s) => next[s](stepSessionId(notice))),
          `not_confirmed:${notice.request.id}`,
        ),
      ];
    case 'reschedule_proposed':
      return [
        actionsBlock(
          [
            button(w.t('slack.notice.accept'), actions.proposalAccept, notice.request.id, 'primary'),
            button(w.t('slack.notice.decline'), actions.proposalDecline, notice.request.id, 'danger'),
            // A therapist's own request to move the session may need talking over before answering it.
            ...(notice.request.move ? [next.message('')] : []),
          ],
          `proposal:${notice.request.id}`,
        ),
      ];
    case 'offer_made':
      return offerButtons(w, notice.offer);
    case 'offer_sent':
    case 'offer_declined':
      // Once an offer is decided the therapist may offer again from the same post.
      return notice.offer.status === 'open'
        ? []
        : [actionsBlock([button(w.t('slack.notice.offerNewTimes'), actions.offerOpen, notice.offer.clientId)], `offer:${notice.offer.id}`)];
    default:
      return nextStepButtons(next, notice);
  }
}

const offerBookIds = [actions.offerBook1, actions.offerBook2, actions.offerBook3];

/** One button per offered time (in the client's zone), None of these and Message therapist, while the offer is open. */
function offerButtons(w: Words, offer: OfferView): KnownBlock[] {
  if (offer.status !== 'open') return [];
  const times = offer.times.map((t, i) =>
    button(w.span(t), offerBookIds[i] ?? actions.offerBook1, `${offer.id}:${i}`, i === 0 ? 'primary' : undefined),
  );
  return [
    actionsBlock(times, `offer:${offer.id}`),
    actionsBlock(
      [button(w.t('slack.notice.noneOfThese'), actions.offerDecline, offer.id), optionButtons(w).message('')],
      `offer_more:${offer.id}`,
    ),
  ];
}

type StepButtons = Record<NextStep, (sessionId: string) => ReturnType<typeof button>>;

const optionButtons = (w: Words): StepButtons => ({
  reschedule: (sessionId: string) => button(w.t('slack.notice.pickAnotherTime'), actions.sessionReschedule, sessionId, 'primary'),
  cancel: (sessionId: string) => button(w.t('slack.button.cancelSession'), actions.sessionCancel, sessionId, 'danger'),
  message: () => button(w.t('slack.button.messageTherapist'), actions.messageTherapist, 'message'),
  book: () => button(w.t('slack.button.bookSession'), actions.bookOpen, 'book', 'primary'),
});

/** A message that ends something for the employee offers what they can do next (domain/next-steps.ts). */
function nextStepButtons(next: StepButtons, notice: Notice): KnownBlock[] {
  const steps = employeeNextSteps(notice);
  if (steps.length === 0) return [];
  const sessionId = stepSessionId(notice);
  return [
    actionsBlock(
      steps.map((s) => next[s](sessionId)),
      `next:${notice.kind}:${sessionId}`,
    ),
  ];
}
