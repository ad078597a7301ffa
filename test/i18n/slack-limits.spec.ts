// Slack's length limits hold in every language: each modal and Home tab the slack area words, rendered for a reader
// of every locale (the pseudo-locale too), passes the Block Kit checker (modal title, submit and close at most 24
// characters, buttons and options 75, placeholders 150), and every button label stays short enough to read.
import { expect } from 'chai';
import type { KnownBlock, ModalView } from '@slack/types';
import { message, type MessageKey } from '../../src/i18n/catalogue.js';
import { LOCALES, PSEUDO_LOCALE, type Locale } from '../../src/i18n/locales.js';
import { wordsFor } from '../../src/i18n/words.js';
import type { Actor, Overview, SlotView, UpcomingSession } from '../../src/services/types.js';
import { availabilityModal } from '../../src/slack/blocks/availability.js';
import { changeTherapistModal } from '../../src/slack/blocks/change-therapist.js';
import {
  bookModal,
  cancelModal,
  declineModal,
  messageTherapistModal,
  moveModal,
  movePickerModal,
  proposeModal,
  rescheduleModal,
  sessionPickerModal,
} from '../../src/slack/blocks/modals.js';
import { noticeMessage } from '../../src/slack/blocks/notice.js';
import { offerModal } from '../../src/slack/blocks/offer.js';
import { homeView } from '../../src/slack/blocks/overview.js';
import { recommendModal } from '../../src/slack/blocks/recommend.js';
import { therapistHomeView } from '../../src/slack/blocks/therapist-home.js';
import { blockProblems, viewProblems } from '../support/slack-blockkit.js';
import { offerViewOf, requestViewOf, sampleCurrent, sessionViewOf } from '../support/views.js';

/** A label a person reads at a glance: Slack allows 75, the catalogue keeps buttons well under it. */
const BUTTON_MAX = 30;

const slots: SlotView[] = Array.from({ length: 6 }, (_, i) => ({
  id: `slot${i}`,
  start: new Date(Date.UTC(2030, 0, 7 + i, 9)),
  end: new Date(Date.UTC(2030, 0, 7 + i, 9, 50)),
  held: i === 5,
}));
const session = sessionViewOf(sampleCurrent);
const upcoming: UpcomingSession[] = [
  { ...session, canReschedule: true, pendingRequest: null },
  { ...session, id: 'ses-2', canReschedule: false, pendingRequest: requestViewOf() },
];
const allowance = [{ month: '2030-01', allowance: 4, used: 1, left: 3 }];
const cutoff = { now: new Date(Date.UTC(2030, 0, 7, 0)), hours: 48 };

function actorIn(locale: Locale, roles: Actor['roles']): Actor {
  return {
    personId: 'p1',
    orgId: 'o1',
    displayName: 'Reader',
    roles,
    zone: 'America/New_York',
    locale,
    identity: { platform: 'slack', workspaceId: 'T1', userId: 'U1' },
  };
}

function modalsIn(locale: Locale): [string, ModalView][] {
  const w = wordsFor({ zone: 'America/New_York', locale });
  const request = requestViewOf();
  const book = bookModal(w, slots, allowance, null, []);
  return [
    ['reschedule', rescheduleModal(w, session, slots, { cutoff })],
    ['reschedule without slots', rescheduleModal(w, session, [])],
    ['cancel', cancelModal(w, { session, late: false, consequence: 'Credited back.', by: 'employee' })],
    ['late cancel', cancelModal(w, { session, late: true, consequence: 'Counts as used.', by: 'therapist' })],
    ...(book ? [['book', book] as [string, ModalView]] : []),
    ['message therapist', messageTherapistModal(w, 'Dr Sam Therapist')],
    ['decline', declineModal(w, request, { requestId: 'req-1' })],
    ['propose', proposeModal(w, request, slots, { requestId: 'req-1' }, { cutoff })],
    ['move', moveModal(w, session, slots, { cutoff })],
    ['move picker', movePickerModal(w, 'Alex Employee', [session])],
    ['reschedule picker', sessionPickerModal(w, upcoming, 'reschedule')],
    ['cancel picker', sessionPickerModal(w, upcoming, 'cancel')],
    ['availability', availabilityModal(w, slots, 'banner')],
    ['offer', offerModal(w, slots, { employeeId: 'emp-1' })],
    ['recommend', recommendModal(w, { clients: [{ id: 'emp-1', displayName: 'Alex Employee' }], months: ['2030-01', '2030-02'] })],
    ['change therapist', changeTherapistModal(w)],
  ];
}

const buttonTexts = (blocks: unknown[]): string[] =>
  JSON.stringify(blocks).match(/"type":"button","text":\{"type":"plain_text","text":"([^"]*)"/g) ?? [];

/** Titles of modals that open loading, before their form: the same 24 characters. */
const LOADING_TITLES: MessageKey[] = [
  'slack.attendance.title',
  'slack.availability.title',
  'slack.button.moveSession',
  'slack.notice.offerTimes',
  'slack.notice.proposeAnother',
  'slack.decline.title',
  'slack.message.title',
  'slack.recommend.title',
  'slack.button.changeTherapist',
  'slack.button.bookSession',
  'slack.reschedule.title',
  'slack.cancel.title',
  'slack.modal.fallbackTitle',
];

describe('i18n: Slack limits in every language', () => {
  it('every modal title fits in 24 characters in every language', () => {
    const over = LOCALES.flatMap((locale) =>
      LOADING_TITLES.map((key) => [locale, key, message(locale, key)] as const).filter(([, , text]) => text.length > 24),
    );
    expect(over).to.deep.equal([]);
  });

  for (const locale of [...LOCALES, PSEUDO_LOCALE] as Locale[]) {
    it(`${locale}: every modal passes the Block Kit checker, and buttons stay short`, () => {
      const problems: string[] = [];
      const buttons: string[] = [];
      for (const [name, view] of modalsIn(locale)) {
        problems.push(...viewProblems(view, `${locale} ${name}`));
        buttons.push(...buttonTexts(view.blocks));
      }
      const overview: Overview = { actor: actorIn(locale, ['employee']), therapistName: 'Dr Sam', upcoming, allowance, cutoffHours: 48 };
      const homes: [string, KnownBlock[]][] = [
        ['employee home', homeView(overview).blocks as KnownBlock[]],
        ['therapist home', therapistHomeView(actorIn(locale, ['therapist']), overview, [session]).blocks as KnownBlock[]],
      ];
      for (const [name, blocks] of homes) {
        problems.push(...blockProblems(blocks, 'home', `${locale} ${name}`));
        buttons.push(...buttonTexts(blocks));
      }
      const reader = { zone: 'Europe/Berlin', locale };
      const request = requestViewOf({ move: false });
      for (const notice of [
        { kind: 'reschedule_requested' as const, request },
        { kind: 'offer_made' as const, offer: offerViewOf() },
        { kind: 'reschedule_not_confirmed' as const, request, why: 'slot_taken' as const },
      ]) {
        const message = noticeMessage(notice as Parameters<typeof noticeMessage>[0], reader);
        problems.push(...blockProblems(message.blocks, 'message', `${locale} ${notice.kind}`));
        buttons.push(...buttonTexts(message.blocks).filter((b) => !/\d/.test(b))); // offered times are dates, not labels
      }
      expect(problems).to.deep.equal([]);
      expect(buttons.length, 'buttons found').to.be.greaterThan(20);
      const long = buttons.map((b) => b.replace(/^.*"text":"/, '').replace(/"$/, '')).filter((t) => t.length > BUTTON_MAX);
      expect(long, `${locale} buttons over ${BUTTON_MAX} characters`).to.deep.equal([]);
    });
  }
});
