// A Notice rendered as a Slack message for one reader in their zone: wording from domain/wording (the one source
// shared with Teams), layout and buttons here.
import type { KnownBlock } from '@slack/types';
import { employeeNextSteps, stepSessionId, type NextStep } from '../../domain/next-steps.js';
import { noticeText } from '../../domain/wording.js';
import { formatSpan } from '../../domain/time.js';
import type { Notice, OfferView } from '../../notices/notice.js';
import { actions } from '../ids.js';
import { escapeMrkdwn } from '../text.js';
import { actionsBlock, button, context, header, limitBlocks, MAX_MESSAGE_BLOCKS, quoteBlocks, section } from './common.js';

export interface SlackMessage {
  /** Notification and accessibility fallback: the title only, never the relayed text or a reason. */
  text: string;
  blocks: KnownBlock[];
}

export function noticeMessage(notice: Notice, zone: string): SlackMessage {
  const words = noticeText(notice, zone);
  const blocks: KnownBlock[] =
    notice.kind === 'relay'
      ? [context(`*${escapeMrkdwn(words.title)}*`)]
      : [header(words.title), ...(words.lines.length > 0 ? [section(words.lines.map(escapeMrkdwn).join('\n'))] : [])];
  if (words.quote) blocks.push(...quoteBlocks(words.quote));
  // Buttons go last and must survive the cut; only a very long quoted text can reach the message limit.
  const buttons = noticeButtons(notice, zone);
  const body = limitBlocks(
    blocks,
    MAX_MESSAGE_BLOCKS - buttons.length,
    (hidden) => `…and ${hidden} more parts of this text, too long to show here.`,
  );
  return { text: words.title, blocks: [...body, ...buttons] };
}

function noticeButtons(notice: Notice, zone: string): KnownBlock[] {
  switch (notice.kind) {
    case 'reschedule_requested':
      if (notice.request.status !== 'pending') return [];
      return [
        actionsBlock(
          [
            button('Confirm', actions.requestConfirm, notice.request.id, 'primary'),
            button('Decline', actions.requestDecline, notice.request.id, 'danger'),
            button('Propose another time', actions.requestPropose, notice.request.id),
          ],
          `request:${notice.request.id}`,
        ),
      ];
    case 'reschedule_awaiting':
      // The employee may take their request back while it still waits for the therapist.
      if (notice.request.status !== 'pending' || notice.request.awaiting !== 'therapist') return [];
      return [actionsBlock([button('Withdraw request', actions.requestWithdraw, notice.request.id)], `awaiting:${notice.request.id}`)];
    case 'thread_opened':
      // The therapist offers this client times or moves one of their sessions; both are read live when clicked
      // (the client's sessions and the therapist's slots as they are then), so the buttons never go stale.
      if (!notice.employeeId) return [];
      return [
        actionsBlock(
          [button('Offer times', actions.offerOpen, notice.employeeId), button('Move a session', actions.threadMove, notice.employeeId)],
          `thread:${notice.employeeId}`,
        ),
      ];
    case 'reschedule_not_confirmed':
      return [
        actionsBlock(
          employeeNextSteps(notice).map((s) => optionButtons[s](stepSessionId(notice))),
          `not_confirmed:${notice.request.id}`,
        ),
      ];
    case 'reschedule_proposed':
      return [
        actionsBlock(
          [
            button('Accept', actions.proposalAccept, notice.request.id, 'primary'),
            button('Decline', actions.proposalDecline, notice.request.id, 'danger'),
            // A therapist's own request to move the session may need talking over before answering it.
            ...(notice.request.move ? [button('Message therapist', actions.messageTherapist, 'message')] : []),
          ],
          `proposal:${notice.request.id}`,
        ),
      ];
    case 'offer_made':
      return offerButtons(notice.offer, zone);
    case 'offer_sent':
    case 'offer_declined':
      // Once an offer is decided the therapist may offer again from the same post.
      return notice.offer.status === 'open'
        ? []
        : [actionsBlock([button('Offer new times', actions.offerOpen, notice.offer.clientId)], `offer:${notice.offer.id}`)];
    default:
      return nextStepButtons(notice);
  }
}

const offerBookIds = [actions.offerBook1, actions.offerBook2, actions.offerBook3];

/** One button per offered time (in the client's zone), None of these and Message therapist, while the offer is open. */
function offerButtons(offer: OfferView, zone: string): KnownBlock[] {
  if (offer.status !== 'open') return [];
  const times = offer.times.map((t, i) =>
    button(formatSpan(t.start, t.end, zone), offerBookIds[i] ?? actions.offerBook1, `${offer.id}:${i}`, i === 0 ? 'primary' : undefined),
  );
  return [
    actionsBlock(times, `offer:${offer.id}`),
    actionsBlock([button('None of these', actions.offerDecline, offer.id), optionButtons.message('')], `offer_more:${offer.id}`),
  ];
}

const optionButtons: Record<NextStep, (sessionId: string) => ReturnType<typeof button>> = {
  reschedule: (sessionId: string) => button('Pick another time', actions.sessionReschedule, sessionId, 'primary'),
  cancel: (sessionId: string) => button('Cancel session', actions.sessionCancel, sessionId, 'danger'),
  message: () => button('Message therapist', actions.messageTherapist, 'message'),
  book: () => button('Book a session', actions.bookOpen, 'book', 'primary'),
};

/** A message that ends something for the employee offers what they can do next (domain/next-steps.ts). */
function nextStepButtons(notice: Notice): KnownBlock[] {
  const steps = employeeNextSteps(notice);
  if (steps.length === 0) return [];
  const sessionId = stepSessionId(notice);
  return [
    actionsBlock(
      steps.map((s) => optionButtons[s](sessionId)),
      `next:${notice.kind}:${sessionId}`,
    ),
  ];
}
