// An employee's overview (App Home and the /wellbeing reply): upcoming sessions in their zone, allowance this
// month and next, and the buttons that open each flow.
import type { HomeView, KnownBlock } from '@slack/types';
import { DateTime } from 'luxon';
import type { AllowanceBalance } from '../../domain/allowance.js';
import { refusalText } from '../../domain/refusals.js';
import type { RefusalCode } from '../../domain/refusals.js';
import { formatSpan } from '../../domain/time.js';
import type { Overview, UpcomingSession } from '../../services/types.js';
import { actions, commands } from '../ids.js';
import { escapeMrkdwn } from '../text.js';
import { actionsBlock, button, context, divider, header, limitBlocks, section } from './common.js';

const MAX_SESSIONS_SHOWN = 15;

export function monthName(month: string): string {
  const parsed = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' });
  return parsed.isValid ? parsed.toFormat('LLLL yyyy') : month;
}

export function allowanceLine(balance: AllowanceBalance): string {
  return `*${monthName(balance.month)}:* ${balance.used} of ${balance.allowance} used, ${balance.left} left`;
}

function sessionBlocks(session: UpcomingSession, zone: string, cutoffHours: number): KnownBlock[] {
  const join = session.joinUrl ? `\nJoin: ${escapeMrkdwn(session.joinUrl)}` : '';
  const blocks: KnownBlock[] = [section(`*${formatSpan(session.start, session.end, zone)}*\nwith ${escapeMrkdwn(session.therapistName)}${join}`)];
  if (session.pendingRequest) {
    const proposed = session.pendingRequest.proposed;
    const waitingFor = session.pendingRequest.awaiting === 'therapist' ? session.therapistName : 'you';
    blocks.push(context(`Reschedule to ${formatSpan(proposed.start, proposed.end, zone)} is waiting for ${escapeMrkdwn(waitingFor)}.`));
  } else if (!session.canReschedule) {
    blocks.push(context(refusalText({ code: 'inside_cutoff', params: { hours: cutoffHours } })));
  }
  const buttons = [];
  if (session.canReschedule && !session.pendingRequest) buttons.push(button('Reschedule', actions.sessionReschedule, session.id));
  buttons.push(button('Cancel', actions.sessionCancel, session.id, 'danger'));
  blocks.push(actionsBlock(buttons, `session:${session.id}`));
  return blocks;
}

export function overviewBlocks(overview: Overview): KnownBlock[] {
  const zone = overview.actor.zone;
  const blocks: KnownBlock[] = [header('Your wellbeing sessions')];
  blocks.push(
    overview.therapistName
      ? section(`Your therapist: *${escapeMrkdwn(overview.therapistName)}*`)
      : section(refusalText({ code: 'no_therapist' })),
  );
  blocks.push(context(`Times are shown in your time zone (${zone}).`));
  blocks.push(divider());
  if (overview.upcoming.length === 0) blocks.push(section('You have no upcoming sessions.'));
  for (const session of overview.upcoming.slice(0, MAX_SESSIONS_SHOWN)) blocks.push(...sessionBlocks(session, zone, overview.cutoffHours));
  blocks.push(divider(), section(['*Allowance*', ...overview.allowance.map(allowanceLine)].join('\n')));
  const buttons = [button('Book a session', actions.bookOpen, 'book', 'primary')];
  if (overview.therapistName) buttons.push(button('Message therapist', actions.messageTherapist, 'message'));
  blocks.push(actionsBlock(buttons, 'overview_actions'));
  return limitBlocks(blocks, 95);
}

export const helpLines = [
  '*How this works*',
  '• Send me a direct message and I pass it privately to your therapist; their replies come back here.',
  `• Reschedule, cancel or book with the buttons above, from my *Home* tab, or with \`${commands.wellbeing} book\`, \`reschedule\` or \`cancel\`. Type \`${commands.wellbeing}\` any time to see this again.`,
  '• A change takes effect once your therapist confirms it; until then your current session stands.',
];

export function homeView(overview: Overview): HomeView {
  return { type: 'home', blocks: [...overviewBlocks(overview), divider(), section(helpLines.join('\n'))] };
}

export function refusalHomeView(code: RefusalCode): HomeView {
  return { type: 'home', blocks: [header('Wellbeing sessions'), section(refusalText({ code }))] };
}
