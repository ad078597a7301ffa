// Each reader reads the same notices in their own language and conventions: a German, an American, a French, a
// Spanish and a Dutch employee, while their British therapist reads the English the service has always written
// (byte for byte: the literal English below is what the suite asserted before the catalogue).
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { noticeText } from '../../src/domain/wording.js';
import { invitationFor } from '../../src/calendar/invitation.js';
import type { Reader } from '../../src/i18n/locales.js';
import type { Notice, Recipient } from '../../src/notices/notice.js';
import { offerViewOf, requestViewOf as request, sampleCurrent, sessionViewOf as session } from '../support/views.js';
import { GB } from '../support/readers.js';

const GERMAN: Reader = { zone: 'Europe/Berlin', locale: 'de' };
const AMERICAN: Reader = { zone: 'America/New_York', locale: 'en-US' };
const FRENCH: Reader = { zone: 'Europe/Paris', locale: 'fr' };
const SPANISH: Reader = { zone: 'Europe/Madrid', locale: 'es' };
const DUTCH: Reader = { zone: 'Europe/Amsterdam', locale: 'nl' };
const BRITISH: Reader = { zone: 'Europe/London', locale: 'en-GB' };

const booked: Notice = { kind: 'session_booked', session: session(sampleCurrent) };
const requested: Notice = { kind: 'reschedule_requested', request: request() };
const awaiting: Notice = { kind: 'reschedule_awaiting', request: request() };
const cancelled: Notice = {
  kind: 'session_cancelled',
  session: session(sampleCurrent, { status: 'cancelled' }),
  late: true,
  reason: 'Feeling better',
  cancelledBy: 'employee',
};
const reminder: Notice = {
  kind: 'reminder_cutoff',
  session: session(sampleCurrent),
  cutoffAt: new Date('2026-01-14T14:00:00Z'),
  at: new Date('2026-01-13T09:00:00Z'),
};
const allowanceExhausted = { code: 'allowance_exhausted' as const, params: { allowance: 2, month: '2026-03' } };
const added = (sessions: number): Notice => ({
  kind: 'extra_sessions_approved',
  reader: 'employee',
  employeeName: 'Alex Employee',
  month: '2026-03',
  sessions,
});

const text = (notice: Notice, reader: Reader) => {
  const t = noticeText(notice, reader);
  return [t.title, ...t.lines].join('\n');
};

describe('i18n: every reader reads the wording in their own language', () => {
  it('a German employee: German words, German dates, the 24-hour clock in their zone', () => {
    expect(noticeText(booked, GERMAN)).to.deep.equal({
      title: 'Sitzung gebucht',
      lines: ['Alex Employee mit Dr Sam Therapist', 'Do., 15. Jan. 2026, 15:00–15:50 MEZ'],
    });
    expect(text(awaiting, GERMAN)).to.include('Sie möchten Ihre Sitzung vom Do., 15. Jan. 2026, 15:00–15:50 MEZ auf Di., 20. Jan. 2026');
    expect(noticeText(cancelled, GERMAN).title).to.equal('Sitzung abgesagt (kurzfristige Absage)');
    expect(refusalText(allowanceExhausted, 'employee', GERMAN)).to.equal(
      'Sie haben alle 2 Sitzungen Ihres Kontingents für März 2026 genutzt.',
    );
    expect(noticeText(reminder, GERMAN).lines.at(-1)).to.match(/^Ab morgen um 15:00 kann diese Sitzung nicht mehr verschoben werden/);
  });

  it('an American employee: US spelling and the 12-hour clock', () => {
    expect(noticeText(booked, AMERICAN).lines).to.deep.equal([
      'Alex Employee with Dr Sam Therapist',
      'Thu, Jan 15, 2026, 9:00 AM–9:50 AM EST',
    ]);
    expect(text(awaiting, AMERICAN)).to.include('You asked to move your session of Thu, Jan 15, 2026, 9:00 AM–9:50 AM EST');
    expect(noticeText(cancelled, AMERICAN).title).to.equal('Session canceled (late cancellation)');
    expect(refusalText(allowanceExhausted, 'employee', AMERICAN)).to.equal("You've used all 2 sessions of your allowance for March 2026.");
    expect(noticeText(reminder, AMERICAN).lines.at(-1)).to.match(/^After 9:00 AM tomorrow this session can no longer be moved/);
  });

  it('a French employee', () => {
    expect(noticeText(booked, FRENCH).title).to.equal('Séance réservée');
    expect(noticeText(booked, FRENCH).lines[1]).to.match(/^jeu\. 15 janv\. 2026, 15:00–15:50/);
    expect(text(awaiting, FRENCH)).to.include('Vous avez demandé à déplacer votre séance du jeu. 15 janv. 2026');
    expect(noticeText(cancelled, FRENCH).title).to.equal('Séance annulée (annulation tardive)');
    expect(refusalText(allowanceExhausted, 'employee', FRENCH)).to.equal('Vous avez utilisé vos 2 séances incluses de mars 2026.');
    expect(noticeText(reminder, FRENCH).lines.at(-1)).to.match(/^Dès demain à 15:00, cette séance ne pourra plus être déplacée/);
  });

  it('a Spanish employee', () => {
    expect(noticeText(booked, SPANISH).title).to.equal('Sesión reservada');
    expect(noticeText(booked, SPANISH).lines[1]).to.match(/^jue, 15 ene 2026, 15:00–15:50/);
    expect(text(awaiting, SPANISH)).to.include('Pediste mover tu sesión del jue, 15 ene 2026');
    expect(noticeText(cancelled, SPANISH).title).to.equal('Sesión cancelada (cancelación tardía)');
    expect(refusalText(allowanceExhausted, 'employee', SPANISH)).to.equal('Has usado tus 2 sesiones disponibles de marzo de 2026.');
    expect(noticeText(reminder, SPANISH).lines.at(-1)).to.match(/^A partir de mañana a las 15:00 esta sesión ya no se podrá mover/);
  });

  it('a Dutch employee', () => {
    expect(noticeText(booked, DUTCH).title).to.equal('Sessie geboekt');
    expect(noticeText(booked, DUTCH).lines[1]).to.match(/^do 15 jan 2026, 15:00–15:50/);
    expect(text(awaiting, DUTCH)).to.include('Je hebt gevraagd je sessie van do 15 jan 2026');
    expect(noticeText(cancelled, DUTCH).title).to.equal('Sessie geannuleerd (late annulering)');
    expect(refusalText(allowanceExhausted, 'employee', DUTCH)).to.equal('Je hebt alle 2 sessies van je tegoed voor maart 2026 gebruikt.');
    expect(noticeText(reminder, DUTCH).lines.at(-1)).to.match(/^Vanaf morgen om 15:00 kan deze sessie niet meer verzet worden/);
  });

  it('their British therapist reads the same request in English, in London time', () => {
    expect(noticeText(requested, BRITISH)).to.deep.equal({
      title: 'Alex Employee asks to reschedule',
      lines: [
        'Current: Thu 15 Jan 2026, 14:00–14:50 GMT',
        'Proposed: Tue 20 Jan 2026, 16:00–16:50 GMT',
        'The current session stands until you confirm.',
      ],
      quote: 'Work trip that week',
    });
    expect(refusalText(allowanceExhausted, 'therapist', BRITISH)).to.equal(
      "Your client has used all 2 sessions of their allowance for March 2026, so the session can't be moved there. Propose a time in another month or decline the request.",
    );
  });

  it('counts with each language’s plural forms, for 1 and for 2', () => {
    const one = {
      'en-GB': '1 extra session has',
      'en-US': '1 extra session has',
      de: '1 zusätzliche Sitzung wurde',
      fr: '1 séance supplémentaire a été ajoutée',
      es: 'Se ha añadido 1 sesión extra',
      nl: 'Er is 1 extra sessie',
    };
    const two = {
      'en-GB': '2 extra sessions have',
      'en-US': '2 extra sessions have',
      de: '2 zusätzliche Sitzungen wurden',
      fr: '2 séances supplémentaires ont été ajoutées',
      es: 'Se han añadido 2 sesiones extra',
      nl: 'Er zijn 2 extra sessies',
    };
    for (const reader of [BRITISH, AMERICAN, GERMAN, FRENCH, SPANISH, DUTCH]) {
      const locale = reader.locale as keyof typeof one;
      expect(noticeText(added(1), reader).lines[0], locale).to.include(one[locale]);
      expect(noticeText(added(2), reader).lines[0], locale).to.include(two[locale]);
    }
    const offered = (times: number, reader: Reader) =>
      noticeText({ kind: 'offer_sent', offer: offerViewOf({ times: offerViewOf().times.slice(0, times) }) }, reader).title;
    expect([offered(1, GERMAN), offered(2, GERMAN)]).to.deep.equal([
      'Sie haben Alex Employee einen Termin angeboten',
      'Sie haben Alex Employee 2 Termine angeboten',
    ]);
    expect([offered(1, BRITISH), offered(2, BRITISH)]).to.deep.equal([
      'You offered Alex Employee a time',
      'You offered Alex Employee 2 times',
    ]);
  });

  it('a German calendar invitation: German description and title, the organisation’s own title as set', () => {
    const to: Recipient & { email: string } = {
      personId: 'p1',
      displayName: 'Alex Employee',
      ...GERMAN,
      identity: { platform: 'slack', workspaceId: 'T1', userId: 'U1' },
      email: 'alex@example.com',
    };
    const organiser = { name: 'Wellbeing', email: 'no-reply@example.com' };
    const unfolded = (content: string) => content.replace(/\r\n[ \t]/g, '');
    const invitation = unfolded(invitationFor(booked, to, organiser, new Date('2026-01-01T00:00:00Z'))?.content ?? '');
    expect(invitation).to.include('SUMMARY:Privater Termin');
    expect(invitation).to.include('Wellbeing-Sitzung: Alex Employee mit Dr Sam Therapist');
    const own = unfolded(invitationFor(booked, to, organiser, new Date('2026-01-01T00:00:00Z'), 'Focus time')?.content ?? '');
    expect(own).to.include('SUMMARY:Focus time');
  });

  describe('British English is unchanged', () => {
    const cases: [Notice, string][] = [
      [booked, 'Session booked\nAlex Employee with Dr Sam Therapist\nThu 15 Jan 2026, 14:00–14:50 GMT'],
      [
        awaiting,
        'Reschedule request sent\nYou asked to move your session of Thu 15 Jan 2026, 14:00–14:50 GMT to Tue 20 Jan 2026, 16:00–16:50 GMT.\nDr Sam Therapist needs to confirm it. Until then your current session stands.',
      ],
      [
        cancelled,
        "Session cancelled (late cancellation)\nThu 15 Jan 2026, 14:00–14:50 GMT, Alex Employee with Dr Sam Therapist\nIt was cancelled within the reschedule window, so it still counts against that month's allowance.",
      ],
      [
        reminder,
        'Reminder: your session can still be moved\nThu 15 Jan 2026, 14:00–14:50 GMT\nAlex Employee with Dr Sam Therapist\nAfter 14:00 tomorrow this session can no longer be moved; reschedule or cancel now if you need to.',
      ],
      [
        { kind: 'request_expired', request: request({ status: 'expired' }), cutoffHours: 24 },
        'Reschedule request expired\nThe session of Thu 15 Jan 2026, 14:00–14:50 GMT is now within 24 hours, so it can no longer be moved.\nThe session stands as booked. It can still be cancelled, but that counts against the allowance.',
      ],
      [added(2), 'More sessions added\n2 extra sessions have been added to your allowance for March 2026.\nYou can book now.'],
    ];
    for (const [notice, english] of cases) {
      it(notice.kind, () => {
        expect(text(notice, BRITISH)).to.equal(english);
      });
    }

    it('refusals', () => {
      expect(refusalText(allowanceExhausted, 'employee', GB)).to.equal("You've used all 2 sessions of your allowance for March 2026.");
      expect(refusalText({ code: 'therapist_away', params: { back: '2027-01-18' } }, 'employee', GB)).to.equal(
        'Your therapist is away then and back on Mon 18 Jan 2027. Please pick a time when they are back.',
      );
      expect(refusalText({ code: 'not_therapist', params: { action: 'notice' } }, 'employee', GB)).to.equal(
        'Only therapists can set a booking notice.',
      );
      expect(refusalText({ code: 'not_therapist', params: { action: 'notice' } }, 'employee', GB)).to.equal(
        'Only therapists can set a booking notice.',
      );
      expect(refusalText({ code: 'inside_cutoff', params: { hours: 24 } }, 'employee', GB)).to.equal(
        "This session starts within the next 24 hours, so it can't be rescheduled any more. You can still cancel it, but it will count against that month's allowance.",
      );
    });
  });
});
