// The Teams card budget (issue 18, items 13, 16 and 17, and "a Teams card budget runs on everything the suite
// sends"): every card is well under Teams' message size (UTF-16), every text colour reads at 4.5:1 in Teams' light
// theme, and every card has a spoken summary and a fallback text. The check runs on every card the suite sends
// (test/support/teams-card-budget.ts, hooked into the connector stand-in, the invoke answers and the root hooks);
// here it is held to its own figures, to the largest realistic cards of every kind, and to the largest week.
import { recommendCard } from '../../src/teams/recommend-card.js';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect } from 'chai';
import { LOCALES, PSEUDO_LOCALE, type Locale } from '../../src/i18n/locales.js';
import { wordsFor, type Words } from '../../src/i18n/words.js';
import { DateTime } from 'luxon';
import type { RequestView, SessionView } from '../../src/notices/notice.js';
import type { Actor, SlotView } from '../../src/services/types.js';
import {
  availabilityCard,
  bookCard,
  cancelConfirmCard,
  decisionCard,
  errorCard,
  homeCard,
  noticeCard,
  outcomeCard,
  proposalCard,
  refusalCard,
  requestCard,
  moveFormCard,
  threadCard,
  rescheduleFormCard,
  staffWelcomeCard,
  TEAMS_AVAILABILITY_ROWS_PER_CARD,
  TEAMS_SLOTS_PER_CARD,
  TEAMS_USAGE_ROWS,
  TEAMS_WEEK_ITEMS,
  usageCard,
  weekCard,
  welcomeCard,
} from '../../src/teams/card-views.js';
import { cardNames, ssmlText, type AdaptiveCardJson, type CardName } from '../../src/teams/cards.js';
import { offerCard, offerFormCard } from '../../src/teams/card-views.js';
import { offerViewOf } from '../support/views.js';
import {
  CARD_BUDGET_UTF16_BYTES,
  cardName,
  cardProblems,
  contrastProblems,
  contrastRatio,
  takeCardProblems,
  TEAMS_LIGHT_HOST_CONFIG,
  utf16Bytes,
} from '../support/teams-card-budget.js';
import { cardInvoke, personalMessage, type TeamsUser } from '../support/teams-activities.js';
import { actionData, answerCard, answerMessage, pickSlot, slotChoices, slotInputOf } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import {
  sampleActor,
  sampleCancelPreview,
  sampleOverview,
  sampleRequest,
  sampleSession,
  sampleSlots,
  sampleUsage,
} from '../support/teams-samples.js';

const zone = 'Europe/London';
const w = wordsFor({ zone, locale: 'en-GB' });
const LONG_NAME = 'Alexandra Montgomery-Fitzwilliam';
const objectId = (n: number) => `65a1b2c3d4e5f6a7b8${String(n).padStart(6, '0')}`;

/** The largest realistic week: 30-minute slots 08:00-18:00 Monday to Friday, 100 a week, over `weeks` weeks. */
function busyWeeks(firstMonday: string, weeks: number, heldEvery = 9): SlotView[] {
  const slots: SlotView[] = [];
  for (let w = 0; w < weeks; w++)
    for (let d = 0; d < 5; d++)
      for (let i = 0; i < 20; i++) {
        const start = DateTime.fromISO(`${firstMonday}T08:00`, { zone }).plus({ weeks: w, days: d, minutes: 30 * i });
        slots.push({
          id: objectId(slots.length),
          start: start.toJSDate(),
          end: start.plus({ minutes: 30 }).toJSDate(),
          held: i % heldEvery === 0,
        });
      }
  return slots;
}

const longSession = (n: number, pending: boolean): SessionView & { canReschedule: boolean; pendingRequest: RequestView | null } => ({
  ...sampleSession,
  id: objectId(n),
  employeeName: LONG_NAME,
  therapistName: LONG_NAME,
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abcdefghijklmnopqrstuvwxyz0123456789%40thread.v2/0',
  canReschedule: !pending,
  pendingRequest: pending ? { ...sampleRequest, employeeName: LONG_NAME, status: 'pending', awaiting: 'therapist' } : null,
});

/** Every kind of card, each with the largest content it can realistically carry, in the words of `w`. */
const largestIn = (w: Words): Record<CardName, () => AdaptiveCardJson[]> => ({
  welcome: () => [
    welcomeCard(LONG_NAME, w),
    welcomeCard(null, w),
    staffWelcomeCard({ ...sampleActor, displayName: LONG_NAME, roles: ['therapist', 'hr_admin', 'operator'] }, w),
  ],
  home: () => [
    homeCard(
      { ...sampleOverview, therapistName: LONG_NAME, upcoming: Array.from({ length: 12 }, (_, i) => longSession(i, i % 2 === 0)) },
      w,
    ),
    homeCard({ ...sampleOverview, upcoming: [], therapistName: null }, w),
  ],
  week: () => {
    const many = Array.from({ length: 40 }, (_, i) => longSession(i, true));
    return [
      weekCard({ ...sampleOverview, upcoming: many }, many, w, { text: 'Marked as attended.', refused: false }),
      weekCard(sampleOverview, [], w),
    ];
  },
  book: () => {
    const slots = busyWeeks('2030-01-14', 4, 1000);
    return [
      bookCard(slots, w, 'That slot was just taken. Please pick another one.'),
      bookCard(slots, w, '', '2030-01-21'),
      bookCard([], w),
    ];
  },
  'reschedule-form': () => [
    rescheduleFormCard({
      sessionId: objectId(1),
      current: sampleSession,
      therapistName: LONG_NAME,
      slots: busyWeeks('2030-01-14', 4, 1000),
      w,
      page: '2030-01-16',
      error: 'That date or time is not valid.',
      cutoff: { now: new Date('2030-01-14T00:00:00Z'), hours: 48 },
    }),
  ],
  'move-form': () => [
    moveFormCard({
      session: longSession(1, false),
      slots: busyWeeks('2030-01-14', 4, 1000),
      w,
      page: '2030-01-16',
      cutoff: { now: new Date('2030-01-14T00:00:00Z'), hours: 48 },
    }),
  ],
  thread: () => [
    threadCard(
      { employeeId: objectId(9), employeeName: LONG_NAME, sessions: Array.from({ length: 30 }, (_, i) => longSession(i, false)) },
      w,
      { text: `You asked ${LONG_NAME} to move the session`, refused: false },
    ),
  ],
  'cancel-confirm': () => [cancelConfirmCard(sampleCancelPreview, w, 24, 'Please give a reason (3 to 500 characters).')],
  request: () => [requestCard({ ...sampleRequest, employeeName: LONG_NAME, reason: 'r'.repeat(500) }, w)],
  proposal: () => [proposalCard({ ...sampleRequest, requestedBy: 'therapist', awaiting: 'employee', decisionNote: 'n'.repeat(500) }, w)],
  decision: () =>
    (['pending', 'confirmed', 'declined', 'proposed', 'withdrawn', 'expired'] as const).map((status) =>
      decisionCard({ ...sampleRequest, status, employeeName: LONG_NAME, decisionNote: 'd'.repeat(500) }, w),
    ),
  notice: () => [
    noticeCard({ kind: 'relay', from: 'employee', senderName: LONG_NAME, text: 'A long message. '.repeat(250) }, w),
    noticeCard({ kind: 'reschedule_not_confirmed', request: sampleRequest, why: 'slot_taken' }, w),
    noticeCard({ kind: 'reschedule_awaiting', request: sampleRequest }, w),
    outcomeCard({ kind: 'request_withdrawn', request: sampleRequest }, w),
  ],
  availability: () => {
    const slots = busyWeeks('2030-01-14', 2);
    const status = { notice: 'Added 1 open time.', error: 'That time overlaps another open time (Mon 14 Jan 2030, 09:00).' };
    return ['2030-01-14', '2030-01-16', '2030-01-18', '2030-01-23'].map((page) => availabilityCard(slots, w, status, page));
  },
  usage: () => [
    usageCard(
      {
        ...sampleUsage,
        rows: Array.from({ length: 60 }, (_, i) => ({
          ...(sampleUsage.rows[i % 2] as (typeof sampleUsage.rows)[number]),
          department: `Department of long names and more ${i}`,
        })),
      },
      w,
    ),
  ],
  error: () => [errorCard('x'.repeat(300), w), refusalCard({ code: 'inside_cutoff', params: { hours: 24 } }, w)],
  offer: () => [
    offerCard(offerViewOf({ employeeName: LONG_NAME, therapistName: LONG_NAME, times: busyWeeks('2030-01-14', 1, 3).slice(0, 3) }), w),
  ],
  'offer-form': () => [offerFormCard(busyWeeks('2030-01-14', 4, 1000), w, objectId(1), 'That date or time is not valid.')],
  recommend: () => [
    recommendCard(
      { clients: [{ id: '65f000000000000000000001', displayName: 'N'.repeat(200) }], months: ['2026-03', '2026-04'] },
      w,
      'x'.repeat(300),
    ),
  ],
});
const largest = largestIn(w);

const asSent = (card: AdaptiveCardJson) => ({
  type: 'message',
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
});

describe('teams: the card budget', () => {
  describe('its figures', () => {
    it('computes WCAG contrast over Teams light backgrounds, alpha included', () => {
      const white = TEAMS_LIGHT_HOST_CONFIG.containerStyles.default?.backgroundColor ?? '';
      const emphasis = TEAMS_LIGHT_HOST_CONFIG.containerStyles.emphasis?.backgroundColor ?? '';
      expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
      expect(contrastRatio('#ffffff', '#ffffff')).to.equal(1);
      // The figure for Good, and Warning's: both unreadable.
      expect(contrastRatio('#92c353', white)).to.be.closeTo(2.07, 0.01);
      expect(contrastRatio('#f8d22a', white)).to.be.below(1.6);
      // What the cards use instead: default (also subtle, 75% alpha), Accent and Attention, on white and emphasis.
      for (const bg of [white, emphasis]) {
        expect(contrastRatio('#ff252424', bg)).to.be.above(14);
        expect(contrastRatio('#bf252424', bg)).to.be.above(6);
        expect(contrastRatio('#6264a7', bg)).to.be.above(5);
        expect(contrastRatio('#c4314b', bg)).to.be.above(5);
      }
      // Subtle Accent (#8b8cc7) would not do.
      expect(contrastRatio('#8b8cc7', white)).to.be.below(4.5);
    });

    it('holds the light host config of the Agents Playground the screenshots were taken in', function () {
      const root = dirname(createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json'));
      const js = join(root, 'dist/client/static/js');
      const bundle = existsSync(js) ? readdirSync(js).find((f) => /^main\..*\.js$/.test(f)) : undefined;
      if (!bundle) return this.skip();
      const text = readFileSync(join(js, bundle), 'utf8');
      const start = text.indexOf('{"choiceSetInputValueSeparator"');
      // The config is a JSON string inside a single-quoted JavaScript string.
      const config = JSON.parse(text.slice(start, text.indexOf("}')", start) + 1).replaceAll("\\'", "'")) as {
        containerStyles: Record<string, { backgroundColor: string; foregroundColors: Record<string, { default: string; subtle: string }> }>;
      };
      for (const [style, ours] of Object.entries(TEAMS_LIGHT_HOST_CONFIG.containerStyles)) {
        const theirs = config.containerStyles[style];
        expect(theirs?.backgroundColor.toLowerCase(), style).to.equal(ours.backgroundColor.toLowerCase());
        for (const [name, shade] of Object.entries(ours.foregroundColors))
          expect(theirs?.foregroundColors[name], `${style} ${name}`).to.deep.equal(shade);
      }
    });

    it('fails loudly, naming the card: Good text, a card over the size, no spoken summary', () => {
      const confirmed = decisionCard({ ...sampleRequest, status: 'confirmed' }, w);
      const green = JSON.parse(JSON.stringify(confirmed).replace('"color":"Default"', '"color":"Good"')) as AdaptiveCardJson;
      expect(cardProblems(green, asSent(green), 'test').join('\n')).to.match(
        /^Teams card "decision" \(test\): text "✓ Confirmed" is good #92c353 on default #ffffff: 2\.07:1, below 4\.5:1$/,
      );
      const huge = availabilityCard(busyWeeks('2030-01-14', 1), w, {}, null);
      const unpaged = {
        ...huge,
        body: [...(huge.body as unknown[]), ...Array.from({ length: 400 }, () => ({ type: 'TextBlock', text: 'x'.repeat(40) }))],
      };
      expect(cardProblems(unpaged, asSent(unpaged), 'test').join('\n')).to.match(
        /^Teams card "availability" \(test\): \d+ bytes as UTF-16, over the budget of 40000$/,
      );
      const { speak: _speak, fallbackText: _fallback, ...silent } = errorCard('Something', w);
      expect(cardProblems(silent, asSent(silent), 'test')).to.deep.equal([
        'Teams card "error" (test): no spoken summary (speak)',
        'Teams card "error" (test): no fallbackText',
      ]);
    });

    it("runs on what the connector stand-in receives: over budget is noted, over Teams' limit refused with 413", async () => {
      const connector = new TeamsConnectorStub();
      const url = await connector.start();
      try {
        const post = (card: unknown) =>
          fetch(`${url}v3/conversations/a%3Achat/activities`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(asSent(card as AdaptiveCardJson)),
          });
        const good = welcomeCard('Alex', w);
        expect((await post(good)).status).to.equal(201);
        expect(takeCardProblems()).to.deep.equal([]);
        const big = { ...good, body: Array.from({ length: 1500 }, () => ({ type: 'TextBlock', text: 'x'.repeat(40) })) };
        const answer = await post(big);
        expect(answer.status).to.equal(413);
        expect(((await answer.json()) as { error: { code: string } }).error.code).to.equal('MessageSizeTooBig');
        const noted = takeCardProblems();
        expect(noted).to.have.length(1);
        expect(noted[0]).to.match(/^Teams card "unnamed card "x{40}"" \(connector send a:chat\): \d+ bytes as UTF-16/);
      } finally {
        await connector.stop();
      }
    });
  });

  it('fails a test that sent an over-budget card with no harness around it, by the root hook, naming the card', async function () {
    this.timeout(60_000);
    const mocha = ['node_modules/mocha/bin/mocha.js', '--no-config', '--extension', 'ts', '--require', 'test/support/hooks.ts'];
    const child = spawn(process.execPath, ['--import', 'tsx', ...mocha, 'test/teams/fixtures/over-budget.probe.ts'], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, output).to.equal(1);
    expect(output, output).to.include('1 failing');
    expect(output, output).to.include('sends a card in Teams green with no spoken summary:');
    expect(output, output).to.include(
      'Teams card "probe" (connector send a:probe): text "Confirmed" is good #92c353 on default #ffffff: 2.07:1, below 4.5:1',
    );
    expect(output, output).to.include('Teams card "probe" (connector send a:probe): no spoken summary (speak)');
    expect(output, output).to.match(/✔ still runs the next test/);
  });

  describe('every kind of card, at its largest', () => {
    for (const name of cardNames) {
      it(`${name}: under ${CARD_BUDGET_UTF16_BYTES} bytes as UTF-16, text at 4.5:1, with speak and fallbackText`, () => {
        for (const card of largest[name]()) {
          expect(cardName(card)).to.equal(name);
          expect(cardProblems(card, asSent(card), 'largest sample')).to.deep.equal([]);
          expect(card.speak).to.equal(ssmlText(String(card.fallbackText)));
        }
      });
    }

    // German and French run longest: every language's largest cards keep the budget, the pseudo-locale's too.
    for (const locale of [...LOCALES, PSEUDO_LOCALE].filter((l): l is Locale => l !== 'en-GB')) {
      it(`in ${locale}: every kind of card at its largest keeps the budget`, () => {
        const cards = largestIn(wordsFor({ zone, locale }));
        for (const name of cardNames) {
          for (const card of cards[name]()) {
            expect(cardName(card)).to.equal(name);
            expect(cardProblems(card, asSent(card), `largest sample, ${locale}`)).to.deep.equal([]);
            expect(card.speak).to.equal(ssmlText(String(card.fallbackText)));
          }
        }
      });
    }

    it("speaks names with & and < as text: speak is SSML-escaped, fallbackText is not, and the budget's check holds it", () => {
      const card = errorCard('Tom & Jerry <HR> said "no"', w, 'Refused');
      expect(card.speak).to.equal('Refused. Tom &amp; Jerry &lt;HR&gt; said "no".');
      expect(card.fallbackText).to.equal('Refused. Tom & Jerry <HR> said "no".');
      expect(cardProblems(card, asSent(card), 'escaped')).to.deep.equal([]);
      expect(cardProblems({ ...card, speak: card.fallbackText }, asSent(card), 'raw').join('\n')).to.include('speak is not SSML-escaped');
    });

    it('pages or cuts every long list, and says what is cut', () => {
      const slots = busyWeeks('2030-01-14', 1);
      const availability = availabilityCard(slots, w);
      expect(actionData(availability, 'availability.remove').length).to.be.at.most(TEAMS_AVAILABILITY_ROWS_PER_CARD);
      expect(slotChoices(bookCard(slots, w)).length).to.be.at.most(TEAMS_SLOTS_PER_CARD);
      const many = Array.from({ length: 30 }, (_, i) => longSession(i, false));
      const week = JSON.stringify(weekCard({ ...sampleOverview, upcoming: many }, many, w));
      expect(actionData(JSON.parse(week), 'cancel.open')).to.have.length(TEAMS_WEEK_ITEMS);
      expect(week)
        .to.contain(`Sessions 1–${TEAMS_WEEK_ITEMS} of 30.`)
        .and.to.contain(`…and ${30 - TEAMS_WEEK_ITEMS} more recent sessions.`);
      // Upcoming sessions page: Later on the first page, Earlier on the last, each naming its page.
      expect(actionData(JSON.parse(week), 'home')).to.deep.equal([{ verb: 'home', upcomingPage: '1' }, { verb: 'home' }]);
      const last = weekCard({ ...sampleOverview, upcoming: many, laterUpcoming: true }, [], w, null, 2);
      expect(actionData(last, 'cancel.open').map((d) => d.sessionId)).to.deep.equal(many.slice(20).map((s) => s.id));
      expect(actionData(last, 'home')).to.deep.equal([{ verb: 'home', upcomingPage: '1' }, { verb: 'home' }]);
      expect(JSON.stringify(last)).to.contain('Sessions 21–30 of 30 listed. Later sessions are listed here as these ones pass.');
      const rows = Array.from({ length: 40 }, (_, i) => ({
        ...(sampleUsage.rows[0] as (typeof sampleUsage.rows)[number]),
        department: `D${i}`,
      }));
      expect(JSON.stringify(usageCard({ ...sampleUsage, rows }, w))).to.contain(
        `…and ${40 - TEAMS_USAGE_ROWS} more departments: type \\"usage 2026-03 <department>\\" for one.`,
      );
    });

    it('marks success with a tick in the default colour, never the green Good', () => {
      const confirmed = decisionCard({ ...sampleRequest, status: 'confirmed' }, w);
      expect(JSON.stringify(confirmed)).to.contain('"text":"✓ Confirmed","color":"Default"');
      expect(JSON.stringify(availabilityCard(sampleSlots, w, { notice: 'Added 1 open time.' }))).to.contain(
        '"text":"✓ Added 1 open time."',
      );
      expect(JSON.stringify(weekCard(sampleOverview, [], w, { text: 'Marked as attended.', refused: false }))).to.contain(
        '"text":"✓ Marked as attended.","wrap":true,"weight":"Bolder","color":"Default"',
      );
      for (const name of cardNames)
        for (const card of largest[name]()) expect(JSON.stringify(card), name).to.not.match(/"color":"(Good|Warning)"/);
      expect(contrastProblems(confirmed)).to.deep.equal([]);
    });

    it('speaks what the card shows: its title, what it lists and the page', () => {
      const slots = busyWeeks('2030-01-14', 1);
      expect(availabilityCard(slots, w, { notice: 'Added 1 open time.' }).speak).to.equal(
        'Your availability. ✓ Added 1 open time. 17 open times and 3 booked: Monday 14 January. Add open time with the form at the top.',
      );
      expect(bookCard(slots, w).speak).to.equal(
        "Book a session. 34 open times: Monday 14 to Tuesday 15 January. Pick one of your therapist's open times.",
      );
      expect(bookCard([], w).speak).to.equal(
        'Book a session. There are no open times in the next weeks. Send your therapist a message to find a time.',
      );
      expect(decisionCard({ ...sampleRequest, status: 'confirmed' }, w).speak).to.match(/^.+\. Confirmed\. /);
      const relay = noticeCard({ kind: 'relay', from: 'employee', senderName: 'Alex', text: 'Hello there' }, w);
      expect(relay.speak).to.equal('Message from Alex. Hello there.');
    });
  });

  describe('the largest realistic week, through Teams', () => {
    let h: TeamsHarness;
    let therapist: Actor;
    const chatOf = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
    const invoke = (user: TeamsUser, verb: string, data: Record<string, unknown> = {}) =>
      h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, verb, data }));
    const rows = (card: unknown) => actionData(card, 'availability.remove').map((d) => String(d.slotId));
    /** The card's "Later …" page action: its title and the page it opens. */
    const laterOf = (card: unknown): { title: string; page: string } | undefined => {
      let found: { title: string; page: string } | undefined;
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node !== 'object') return;
        const r = node as { type?: string; verb?: string; title?: string; data?: { page?: string } };
        if (r.type === 'Action.Execute' && r.verb === 'availability.page' && r.title?.startsWith('Later'))
          found = { title: r.title, page: r.data?.page ?? '' };
        Object.values(node).forEach(walk);
      };
      walk(card);
      return found;
    };
    const texts = (card: unknown) => [...JSON.stringify(card).matchAll(/"text":"([^"]*)"/g)].map((m) => m[1] ?? '');

    before(async function () {
      this.timeout(180_000);
      h = await openTeamsHarness('teams_card_budget', { world: { slotCount: 0, allowance: 10 } });
      therapist = h.world.therapist;
      // 30-minute slots 08:00-18:00, Monday to Friday, in the weeks of 14 and 21 January: 100 a week.
      for (let d = 0; d < 5; d++)
        for (let i = 0; i < 20; i++) {
          const start = DateTime.fromISO('2030-01-14T08:00', { zone }).plus({ days: d, minutes: 30 * i });
          const added = await h.services.availability.add(therapist, {
            date: start.toFormat('yyyy-MM-dd'),
            time: start.toFormat('HH:mm'),
            durationMinutes: 30,
            weeks: 2,
          });
          if (!added.ok) throw new Error(`slot refused: ${added.code}`);
        }
    });
    after(async () => h?.close());
    beforeEach(() => h.connector.reset());

    it('shows the add form first, then the times a day or two a page, each page within budget, every time once', async () => {
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.therapist, text: 'availability' }));
      const first = TeamsConnectorStub.card(h.connector.sent(chatOf(h.therapist)).at(-1));
      const shown = texts(first);
      expect(shown.indexOf('Add open time')).to.be.below(shown.indexOf('Your times'));
      expect(shown).to.include('Monday 14 January');
      // A page of one day: its rows give the times only.
      expect(shown).to.include('08:00–08:30 GMT').and.not.to.include('Mon 14 Jan 2030, 08:00–08:30 GMT');
      const seen: string[] = [];
      const steps: string[] = [];
      for (let card: unknown = first, pages = 1; card; pages++) {
        expect(utf16Bytes(card)).to.be.below(CARD_BUDGET_UTF16_BYTES);
        expect(rows(card).length).to.be.within(1, TEAMS_AVAILABILITY_ROWS_PER_CARD);
        seen.push(...rows(card));
        const later = laterOf(card);
        if (pages > 20) throw new Error('too many pages');
        steps.push(later?.title ?? 'end');
        card = later ? answerCard(await invoke(h.therapist, 'availability.page', { page: later.page })) : undefined;
      }
      expect(seen).to.have.length(200);
      expect(new Set(seen).size).to.equal(200);
      // Five pages a week (100 times, 20 a page); Later moves by days within a week, by a week between weeks.
      expect(steps).to.deep.equal([...Array(4).fill('Later days →'), 'Later week →', ...Array(4).fill('Later days →'), 'end']);
    });

    it('removing a time keeps its page; adding one shows the page it is on', async () => {
      const page = answerCard(await invoke(h.therapist, 'availability.page', { page: '2030-01-16' }));
      expect(texts(page)).to.include('Wednesday 16 January');
      const removed = answerCard(await invoke(h.therapist, 'availability.remove', actionData(page, 'availability.remove')[3] ?? {}));
      expect(texts(removed)).to.include('Wednesday 16 January').and.to.include('✓ Removed the open time.');
      expect(rows(removed)).to.have.length(rows(page).length - 1);
      const added = answerCard(
        await invoke(h.therapist, 'availability.add', { date: '2030-01-25', time: '18:00', durationMinutes: '30', weeks: '1' }),
      );
      // Friday now has 21 times, more than a page: cut in two, the new one on the second.
      expect(texts(added)).to.include('Friday 25 January from 13:30').and.to.include('✓ Added 1 open time.');
      expect(texts(added)).to.include('18:00–18:30 GMT');
    });

    it('books a time of the second week: each page has its own drop-down, and the one the card names is read', async () => {
      const employee = h.employee(0);
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: employee, text: 'book' }));
      const week1 = TeamsConnectorStub.card(h.connector.sent(chatOf(employee)).at(-1));
      expect(texts(week1)).to.include('Monday 14 to Tuesday 15 January');
      const week2 = answerCard(await invoke(employee, 'book.page', { page: '2030-01-21' }));
      expect(texts(week2)).to.include('Monday 21 to Tuesday 22 January');
      expect(slotInputOf(week1, 'book.submit')).to.equal('slot_2030-01-14');
      expect(slotInputOf(week2, 'book.submit')).to.equal('slot_2030-01-21');
      // Its React key too: the Playground's renderer keeps an element's choices while its key (by default its type
      // and position) is unchanged, so an id alone left week one's times on week two's card.
      expect(JSON.stringify(week2)).to.contain('"id":"slot_2030-01-21","key":"slot_2030-01-21"');
      const picked = slotChoices(week2)[5];
      expect(picked?.title).to.match(/^Mon 21 Jan 2030, 10:30–11:00/);
      // A client that kept the first page's input sends its value too: the pick of the card's own input wins.
      const stale = { [slotInputOf(week1, 'book.submit')]: slotChoices(week1)[0]?.value };
      const home = answerCard(await invoke(employee, 'book.submit', pickSlot(week2, 'book.submit', picked?.value, stale)));
      expect(JSON.stringify(home)).to.contain('Mon 21 Jan 2030, 10:30–11:00');
      const overview = await h.services.sessions.overview(h.world.employees[0] as Actor);
      expect(overview.upcoming.map((s) => s.start.toISOString())).to.deep.equal(['2030-01-21T10:30:00.000Z']);
    });

    it("asks to move to a time on a later page of the reschedule form, read from that page's drop-down", async () => {
      const employee = h.employee(0);
      const session = (await h.services.sessions.overview(h.world.employees[0] as Actor)).upcoming[0];
      const form = answerCard(await invoke(employee, 'reschedule.open', { sessionId: session?.id }));
      const later = actionData(form, 'reschedule.open').find((d) => d.page === '2030-01-16');
      expect(later?.sessionId).to.equal(session?.id);
      const page2 = answerCard(await invoke(employee, 'reschedule.open', later ?? {}));
      expect(texts(page2)).to.include('Wednesday 16 to Thursday 17 January');
      expect(slotInputOf(page2, 'reschedule.submit')).to.equal('slot_2030-01-16');
      const picked = slotChoices(page2, 'reschedule.submit')[2];
      const stale = { [slotInputOf(form, 'reschedule.submit')]: slotChoices(form, 'reschedule.submit')[0]?.value };
      answerCard(
        await invoke(
          employee,
          'reschedule.submit',
          pickSlot(page2, 'reschedule.submit', picked?.value, { ...stale, reason: 'A clash at work' }),
        ),
      );
      const request = (await h.services.sessions.overview(h.world.employees[0] as Actor)).upcoming[0]?.pendingRequest;
      expect(request?.proposed.start.toISOString()).to.equal('2030-01-16T09:00:00.000Z');
    });

    it('still books from a card sent before (its drop-down was `slotId`), and refuses a slot input that is not one', async () => {
      const employee = h.employee(1);
      const open = await h.services.sessions.openSlots(h.world.employees[1] as Actor, { days: 28 });
      if (!open.ok) throw new Error(open.code);
      const slot = open.slots.find((s) => !s.held);
      answerCard(await invoke(employee, 'book.submit', { slotId: slot?.id }));
      expect((await h.services.sessions.overview(h.world.employees[1] as Actor)).upcoming).to.have.length(1);
      const before = await h.snapshot();
      const refused = answerMessage(await invoke(employee, 'book.submit', { slotInput: 'verb', verb: open.slots[3]?.id }));
      expect(refused).to.match(/isn't in the therapist's availability/);
      expect(await h.snapshot()).to.equal(before);
    });
  });
});
