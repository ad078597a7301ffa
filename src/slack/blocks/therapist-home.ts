// A therapist's App Home: what they can do here, their upcoming sessions (with any request waiting on them, Move
// and Cancel), and the sessions that ended without an attendance mark (Attended / No-show), so their Home tab changes
// with every booking, decision, cancellation and mark as the employee's does. In the therapist's own words.
import type { HomeView, KnownBlock } from '@slack/types';
import { attendanceListIntro } from '../../domain/wording.js';
import { wordsFor, type Words } from '../../i18n/words.js';
import type { SessionView } from '../../notices/notice.js';
import { ATTENDANCE_WINDOW_DAYS } from '../../services/therapist-tools/awaiting-attendance.js';
import type { Actor, Overview, UpcomingSession } from '../../services/types.js';
import { actions } from '../ids.js';
import { escapeMrkdwn } from '../text.js';
import { actionsBlock, button, context, divider, header, MAX_VIEW_BLOCKS, section } from './common.js';
import { helpLines } from './help.js';
import { sessionLine } from './overview.js';

/** Recent sessions shown at most: the ones to mark are few, and the upcoming ones need the room. */
const MAX_AWAITING_SHOWN = 10;

function sessionBlocks(w: Words, session: UpcomingSession): KnownBlock[] {
  const blocks: KnownBlock[] = [section(sessionLine(w, session, session.employeeName))];
  const request = session.pendingRequest;
  if (request) {
    const values = { span: w.span(request.proposed), name: escapeMrkdwn(session.employeeName) };
    blocks.push(
      context(
        request.awaiting === 'therapist'
          ? w.t('slack.therapistHome.clientAsksToMove', values)
          : request.move
            ? w.t('slack.therapistHome.youAskedToMove', values)
            : w.t('slack.therapistHome.youProposed', values),
      ),
    );
  }
  // Move only while nothing waits on the session (one pending request per session); the form says why otherwise.
  const buttons = request ? [] : [button(w.t('slack.button.moveSession'), actions.sessionMove, session.id)];
  blocks.push(
    actionsBlock([...buttons, button(w.t('slack.button.cancelSession'), actions.sessionCancel, session.id)], `session:${session.id}`),
  );
  return blocks;
}

function awaitingBlocks(w: Words, awaiting: SessionView[]): KnownBlock[] {
  const blocks: KnownBlock[] = [
    divider(),
    header(w.t('slack.therapistHome.recentTitle')),
    context(attendanceListIntro(ATTENDANCE_WINDOW_DAYS, w)),
  ];
  if (awaiting.length === 0) return [...blocks, section(w.t('slack.therapistHome.nothingToMark'))];
  for (const session of awaiting.slice(0, MAX_AWAITING_SHOWN)) {
    blocks.push(
      section(sessionLine(w, session, session.employeeName)),
      actionsBlock([
        button(w.t('slack.therapistHome.attended'), actions.attendanceAttended, session.id, 'primary'),
        button(w.t('slack.therapistHome.noShow'), actions.attendanceNoShow, session.id),
      ]),
    );
  }
  return blocks;
}

export function therapistHomeView(actor: Actor, overview: Overview, awaiting: SessionView[] = []): HomeView {
  const w = wordsFor(actor);
  const recent = awaitingBlocks(w, awaiting);
  const blocks: KnownBlock[] = [
    header(w.t('slack.home.sessionsTitle')),
    section(helpLines(w, actor, 'home').join('\n')),
    // Extra sessions for a client who has used their month (issue 19, §4): a form with the client to pick.
    actionsBlock([button(w.t('slack.therapistHome.recommend'), actions.recommendOpen, 'recommend')], 'recommend'),
    divider(),
    header(w.t('slack.therapistHome.upcomingTitle')),
  ];
  blocks.push(context(w.t('slack.common.timesInZone', { zone: w.zone })));
  if (overview.upcoming.length === 0) blocks.push(section(w.t('slack.therapistHome.noUpcoming')));
  let shown = 0;
  for (const session of overview.upcoming) {
    const next = sessionBlocks(w, session);
    if (blocks.length + next.length + recent.length > MAX_VIEW_BLOCKS - 1) break;
    blocks.push(...next);
    shown++;
  }
  const more = overview.upcoming.length - shown;
  if (more > 0) blocks.push(context(w.t('slack.common.moreUpcoming', { count: more })));
  return { type: 'home', blocks: [...blocks, ...recent] };
}
