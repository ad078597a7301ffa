// A therapist's App Home: what they can do here, and their upcoming sessions with any request waiting for them,
// so their Home tab changes with every booking, decision and cancellation as the employee's does.
import type { HomeView, KnownBlock } from '@slack/types';
import { formatSpan } from '../../domain/time.js';
import type { Actor, Overview, UpcomingSession } from '../../services/types.js';
import { escapeMrkdwn } from '../text.js';
import { context, divider, header, MAX_VIEW_BLOCKS, section } from './common.js';
import { staffHelpLines } from './help.js';

function sessionBlocks(session: UpcomingSession, zone: string): KnownBlock[] {
  const blocks: KnownBlock[] = [section(`*${formatSpan(session.start, session.end, zone)}*\nwith ${escapeMrkdwn(session.employeeName)}`)];
  const request = session.pendingRequest;
  if (request) {
    const to = formatSpan(request.proposed.start, request.proposed.end, zone);
    blocks.push(
      context(
        request.awaiting === 'therapist'
          ? `Asks to move to ${to}: answer in ${escapeMrkdwn(session.employeeName)}'s thread.`
          : `You proposed ${to}; waiting for ${escapeMrkdwn(session.employeeName)}.`,
      ),
    );
  }
  return blocks;
}

export function therapistHomeView(actor: Actor, overview: Overview): HomeView {
  const zone = actor.zone;
  const blocks: KnownBlock[] = [header('Wellbeing sessions'), section(staffHelpLines(actor).join('\n')), divider(), header('Your upcoming sessions')];
  blocks.push(context(`Times are shown in your time zone (${zone}).`));
  if (overview.upcoming.length === 0) blocks.push(section('No upcoming sessions.'));
  let shown = 0;
  for (const session of overview.upcoming) {
    const next = sessionBlocks(session, zone);
    if (blocks.length + next.length > MAX_VIEW_BLOCKS - 1) break;
    blocks.push(...next);
    shown++;
  }
  const more = overview.upcoming.length - shown;
  if (more > 0) blocks.push(context(`…and ${more} more upcoming ${more === 1 ? 'session' : 'sessions'}, not shown here.`));
  return { type: 'home', blocks };
}
