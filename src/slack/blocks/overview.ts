// An employee's overview (App Home and the /wellbeing reply): upcoming sessions in their zone, allowance this
// month and next, and the buttons that open each flow, in the employee's own words.
import type { HomeView, KnownBlock } from '@slack/types';
import type { AllowanceBalance } from '../../domain/allowance.js';
import { refusalText } from '../../domain/refusals.js';
import type { RefusalCode } from '../../domain/refusals.js';
import { wordsFor, type Words } from '../../i18n/words.js';
import type { Overview, UpcomingSession } from '../../services/types.js';
import { actions } from '../ids.js';
import { escapeMrkdwn } from '../text.js';
import { actionsBlock, button, context, divider, header, MAX_VIEW_BLOCKS, section } from './common.js';
import { helpLines } from './help.js';

const MAX_SESSIONS_SHOWN = 15;

export function allowanceLine(w: Words, balance: AllowanceBalance): string {
  return w.t('slack.overview.allowanceLine', {
    month: w.month(balance.month),
    used: balance.used,
    allowance: balance.allowance,
    left: balance.left,
  });
}

/** "Tue 3 Mar 2026, 14:00–14:50 GMT" in bold, and who the session is with, on the next line. */
export const sessionLine = (w: Words, span: { start: Date; end: Date }, name: string): string =>
  w.t('slack.session.line', { span: w.span(span), name: escapeMrkdwn(name) });

function sessionBlocks(w: Words, session: UpcomingSession, cutoffHours: number): KnownBlock[] {
  const join = session.joinUrl ? [w.t('slack.overview.join', { url: escapeMrkdwn(session.joinUrl) })] : [];
  const blocks: KnownBlock[] = [section([sessionLine(w, session, session.therapistName), ...join].join('\n'))];
  if (session.pendingRequest) {
    const request = session.pendingRequest;
    blocks.push(
      context(
        w.t('slack.overview.pendingReschedule', {
          span: w.span(request.proposed),
          awaiting: request.awaiting === 'therapist' ? 'therapist' : 'you',
          therapist: escapeMrkdwn(session.therapistName),
        }),
      ),
    );
  } else if (!session.canReschedule) {
    blocks.push(context(refusalText({ code: 'inside_cutoff', params: { hours: cutoffHours } }, 'employee', w)));
  }
  const buttons = [];
  if (session.canReschedule && !session.pendingRequest)
    buttons.push(button(w.t('slack.button.reschedule'), actions.sessionReschedule, session.id));
  if (session.pendingRequest?.awaiting === 'therapist')
    buttons.push(button(w.t('slack.button.withdrawRequest'), actions.requestWithdraw, session.pendingRequest.id));
  buttons.push(button(w.t('slack.button.cancel'), actions.sessionCancel, session.id, 'danger'));
  blocks.push(actionsBlock(buttons, `session:${session.id}`));
  return blocks;
}

/**
 * The overview in at most `maxBlocks` blocks (a message holds 50, the Home tab 100): as many whole sessions as fit,
 * then a line saying how many more there are, so the allowance and the buttons are always shown. Worded for the
 * overview's own actor, who reads it.
 */
export function overviewBlocks(overview: Overview, maxBlocks: number): KnownBlock[] {
  const w = wordsFor(overview.actor);
  const head: KnownBlock[] = [
    header(w.t('slack.overview.title')),
    overview.therapistName
      ? section(w.t('slack.overview.yourTherapist', { name: escapeMrkdwn(overview.therapistName) }))
      : section(refusalText({ code: 'no_therapist' }, 'employee', w)),
    context(w.t('slack.common.timesInZone', { zone: w.zone })),
    divider(),
  ];
  const buttons = [button(w.t('slack.button.bookSession'), actions.bookOpen, 'book', 'primary')];
  if (overview.therapistName) buttons.push(button(w.t('slack.button.messageTherapist'), actions.messageTherapist, 'message'));
  if (overview.therapistName) buttons.push(button(w.t('slack.button.changeTherapist'), actions.changeTherapist, 'change'));
  const tail: KnownBlock[] = [
    divider(),
    section([w.t('slack.overview.allowanceHeading'), ...overview.allowance.map((b) => allowanceLine(w, b))].join('\n')),
    actionsBlock(buttons, 'overview_actions'),
  ];
  const sessions: KnownBlock[] = overview.upcoming.length === 0 ? [section(w.t('slack.common.noUpcomingSessions'))] : [];
  const room = maxBlocks - head.length - tail.length - 1; // one left for the "and N more" line
  let shown = 0;
  for (const session of overview.upcoming.slice(0, MAX_SESSIONS_SHOWN)) {
    const next = sessionBlocks(w, session, overview.cutoffHours);
    if (sessions.length + next.length > room) break;
    sessions.push(...next);
    shown++;
  }
  const more = overview.upcoming.length - shown;
  if (more > 0) sessions.push(context(w.t('slack.common.moreUpcoming', { count: more })));
  return [...head, ...sessions, ...tail];
}

export function homeView(overview: Overview): HomeView {
  const help = helpLines(wordsFor(overview.actor), overview.actor, 'home');
  return { type: 'home', blocks: [...overviewBlocks(overview, MAX_VIEW_BLOCKS - 2), divider(), section(help.join('\n'))] };
}

/** The Home tab of someone the service turns away (not registered, organisation not set up). */
export function refusalHomeView(w: Words, code: RefusalCode): HomeView {
  return { type: 'home', blocks: [header(w.t('slack.home.sessionsTitle')), section(refusalText({ code }, 'employee', w))] };
}
