// A therapist's App Home: what they can do here, their upcoming sessions (with any request waiting on them, Move
// and Cancel), and the sessions that ended without an attendance mark (Attended / No-show), so their Home tab changes
// with every booking, decision, cancellation and mark as the employee's does.
import type { HomeView, KnownBlock } from '@slack/types';
import { formatSpan } from '../../domain/time.js';
import { attendanceListIntro } from '../../domain/wording.js';
import type { SessionView } from '../../notices/notice.js';
import { ATTENDANCE_WINDOW_DAYS } from '../../services/therapist-tools/awaiting-attendance.js';
import type { Actor, Overview, UpcomingSession } from '../../services/types.js';
import { actions } from '../ids.js';
import { escapeMrkdwn } from '../text.js';
import { actionsBlock, button, context, divider, header, MAX_VIEW_BLOCKS, section } from './common.js';
import { helpLines } from './help.js';

/** Recent sessions shown at most: the ones to mark are few, and the upcoming ones need the room. */
const MAX_AWAITING_SHOWN = 10;

function sessionBlocks(session: UpcomingSession, zone: string): KnownBlock[] {
  const blocks: KnownBlock[] = [section(`*${formatSpan(session.start, session.end, zone)}*\nwith ${escapeMrkdwn(session.employeeName)}`)];
  const request = session.pendingRequest;
  if (request) {
    const to = formatSpan(request.proposed.start, request.proposed.end, zone);
    const name = escapeMrkdwn(session.employeeName);
    blocks.push(
      context(
        request.awaiting === 'therapist'
          ? `Asks to move to ${to}: answer in ${name}'s thread.`
          : request.move
            ? `You asked to move it to ${to}; waiting for ${name}.`
            : `You proposed ${to}; waiting for ${name}.`,
      ),
    );
  }
  // Move only while nothing waits on the session (one pending request per session); the form says why otherwise.
  const buttons = request ? [] : [button('Move session', actions.sessionMove, session.id)];
  blocks.push(actionsBlock([...buttons, button('Cancel session', actions.sessionCancel, session.id)], `session:${session.id}`));
  return blocks;
}

function awaitingBlocks(awaiting: SessionView[], zone: string): KnownBlock[] {
  const blocks: KnownBlock[] = [divider(), header('Recent sessions'), context(attendanceListIntro(ATTENDANCE_WINDOW_DAYS))];
  if (awaiting.length === 0) return [...blocks, section('Nothing to mark.')];
  for (const session of awaiting.slice(0, MAX_AWAITING_SHOWN)) {
    blocks.push(
      section(`*${formatSpan(session.start, session.end, zone)}*\nwith ${escapeMrkdwn(session.employeeName)}`),
      actionsBlock([
        button('Attended', actions.attendanceAttended, session.id, 'primary'),
        button('No-show', actions.attendanceNoShow, session.id),
      ]),
    );
  }
  return blocks;
}

export function therapistHomeView(actor: Actor, overview: Overview, awaiting: SessionView[] = []): HomeView {
  const zone = actor.zone;
  const recent = awaitingBlocks(awaiting, zone);
  const blocks: KnownBlock[] = [
    header('Wellbeing sessions'),
    section(helpLines(actor, 'home').join('\n')),
    // Extra sessions for a client who has used their month (issue 19, §4): a form with the client to pick.
    actionsBlock([button('Recommend more sessions', actions.recommendOpen, 'recommend')], 'recommend'),
    divider(),
    header('Your upcoming sessions'),
  ];
  blocks.push(context(`Times are shown in your time zone (${zone}).`));
  if (overview.upcoming.length === 0) blocks.push(section('No upcoming sessions.'));
  let shown = 0;
  for (const session of overview.upcoming) {
    const next = sessionBlocks(session, zone);
    if (blocks.length + next.length + recent.length > MAX_VIEW_BLOCKS - 1) break;
    blocks.push(...next);
    shown++;
  }
  const more = overview.upcoming.length - shown;
  if (more > 0) blocks.push(context(`…and ${more} more upcoming ${more === 1 ? 'session' : 'sessions'}, not shown here.`));
  return { type: 'home', blocks: [...blocks, ...recent] };
}
