// An employee's overview (App Home and the /wellbeing reply): upcoming sessions in their zone, allowance this
// month and next, and the buttons that open each flow.
import type { HomeView, KnownBlock } from '@slack/types';
import type { AllowanceBalance } from '../../domain/allowance.js';
import { refusalText } from '../../domain/refusals.js';
import type { RefusalCode } from '../../domain/refusals.js';
import { formatSpan, monthName } from '../../domain/time.js';
import type { Overview, UpcomingSession } from '../../services/types.js';
import { actions } from '../ids.js';
import { escapeMrkdwn } from '../text.js';
import { actionsBlock, button, context, divider, header, MAX_VIEW_BLOCKS, section } from './common.js';
import { helpLines } from './help.js';

const MAX_SESSIONS_SHOWN = 15;

export function allowanceLine(balance: AllowanceBalance): string {
  return `*${monthName(balance.month)}:* ${balance.used} of ${balance.allowance} used, ${balance.left} left`;
}

function sessionBlocks(session: UpcomingSession, zone: string, cutoffHours: number): KnownBlock[] {
  const join = session.joinUrl ? `\nJoin: ${escapeMrkdwn(session.joinUrl)}` : '';
  const blocks: KnownBlock[] = [
    section(`*${formatSpan(session.start, session.end, zone)}*\nwith ${escapeMrkdwn(session.therapistName)}${join}`),
  ];
  if (session.pendingRequest) {
    const proposed = session.pendingRequest.proposed;
    const waitingFor = session.pendingRequest.awaiting === 'therapist' ? session.therapistName : 'you';
    blocks.push(context(`Reschedule to ${formatSpan(proposed.start, proposed.end, zone)} is waiting for ${escapeMrkdwn(waitingFor)}.`));
  } else if (!session.canReschedule) {
    blocks.push(context(refusalText({ code: 'inside_cutoff', params: { hours: cutoffHours } })));
  }
  const buttons = [];
  if (session.canReschedule && !session.pendingRequest) buttons.push(button('Reschedule', actions.sessionReschedule, session.id));
  if (session.pendingRequest?.awaiting === 'therapist')
    buttons.push(button('Withdraw request', actions.requestWithdraw, session.pendingRequest.id));
  buttons.push(button('Cancel', actions.sessionCancel, session.id, 'danger'));
  blocks.push(actionsBlock(buttons, `session:${session.id}`));
  return blocks;
}

/**
 * The overview in at most `maxBlocks` blocks (a message holds 50, the Home tab 100): as many whole sessions as fit,
 * then a line saying how many more there are, so the allowance and the buttons are always shown.
 */
export function overviewBlocks(overview: Overview, maxBlocks: number): KnownBlock[] {
  const zone = overview.actor.zone;
  const head: KnownBlock[] = [
    header('Your wellbeing sessions'),
    overview.therapistName
      ? section(`Your therapist: *${escapeMrkdwn(overview.therapistName)}*`)
      : section(refusalText({ code: 'no_therapist' })),
    context(`Times are shown in your time zone (${zone}).`),
    divider(),
  ];
  const buttons = [button('Book a session', actions.bookOpen, 'book', 'primary')];
  if (overview.therapistName) buttons.push(button('Message therapist', actions.messageTherapist, 'message'));
  if (overview.therapistName) buttons.push(button('Change therapist', actions.changeTherapist, 'change'));
  const tail: KnownBlock[] = [
    divider(),
    section(['*Allowance*', ...overview.allowance.map(allowanceLine)].join('\n')),
    actionsBlock(buttons, 'overview_actions'),
  ];
  const sessions: KnownBlock[] = overview.upcoming.length === 0 ? [section('You have no upcoming sessions.')] : [];
  const room = maxBlocks - head.length - tail.length - 1; // one left for the "and N more" line
  let shown = 0;
  for (const session of overview.upcoming.slice(0, MAX_SESSIONS_SHOWN)) {
    const next = sessionBlocks(session, zone, overview.cutoffHours);
    if (sessions.length + next.length > room) break;
    sessions.push(...next);
    shown++;
  }
  const more = overview.upcoming.length - shown;
  if (more > 0) sessions.push(context(`…and ${more} more upcoming ${more === 1 ? 'session' : 'sessions'}, not shown here.`));
  return [...head, ...sessions, ...tail];
}

export function homeView(overview: Overview): HomeView {
  const help = helpLines(overview.actor, 'home');
  return { type: 'home', blocks: [...overviewBlocks(overview, MAX_VIEW_BLOCKS - 2), divider(), section(help.join('\n'))] };
}

export function refusalHomeView(code: RefusalCode): HomeView {
  return { type: 'home', blocks: [header('Wellbeing sessions'), section(refusalText({ code }))] };
}
