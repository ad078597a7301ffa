// Teams cards stay small (issue 7, item 11; issue 18, item 13): long lists of times are paged by week (a week with
// more than a card holds by days) with Earlier / Later actions, every card stays well under 40 KB, and a target time
// inside the reschedule window says it is final.
import { expect } from 'chai';
import type { Actor } from '../../src/services/types.js';
import { cardInvoke, personalMessage } from '../support/teams-activities.js';
import { actionData, answerCard, slotChoices, slotInputOf } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

const MAX_CARD_BYTES = 40_000;
const size = (card: unknown) => Buffer.byteLength(JSON.stringify(card), 'utf8');

describe('teams: card limits', () => {
  describe('a long list of slots', () => {
    let h: TeamsHarness;
    before(async function () {
      this.timeout(120_000);
      // 90 slots every 4 hours from Thu 10 Jan 2030: about 42 a week over three weeks.
      h = await openTeamsHarness('teams_limits', { world: { slotCount: 90, slotEveryHours: 4 } });
    });
    after(async () => h?.close());
    beforeEach(() => h.connector.reset());

    const invoke = (user: Parameters<typeof cardInvoke>[0]['user'], verb: string, data: Record<string, unknown> = {}) =>
      h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, verb, data }));

    it('pages the booking card by week, a busy week by days, small enough for Teams, with a drop-down instead of 90 radio buttons', async () => {
      const user = h.employee(0);
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text: 'book' }));
      const card = TeamsConnectorStub.card(h.connector.sent(`a:personal-${user.aadObjectId}`).at(-1));
      expect(size(card)).to.be.below(MAX_CARD_BYTES);
      const first = slotChoices(card);
      expect(first.length).to.be.within(1, 40);
      expect(JSON.stringify(card)).to.contain('Week of Monday 7 January');
      expect(JSON.stringify(card)).to.contain('"style":"compact"');
      expect(actionData(card, 'book.page').map((d) => d.page)).to.deep.equal(['2030-01-14']);

      // The second week holds 42 times, more than a card's 40: its first page is its first days.
      const next = answerCard(await invoke(user, 'book.page', { page: '2030-01-14' }));
      expect(JSON.stringify(next)).to.match(/"text":"Monday 14 to \w+ 1\d January"/);
      const second = slotChoices(next);
      expect(second.length).to.be.within(1, 40);
      expect(second.map((c) => c.value)).to.not.include.members(first.map((c) => c.value));
      expect(slotInputOf(next, 'book.submit')).to.not.equal(slotInputOf(card, 'book.submit'));
      const nav = actionData(next, 'book.page');
      expect(nav.map((d) => d.page)).to.have.length(2);
      expect(nav[0]?.page).to.equal('2030-01-07');
      // Cards sent before pages could be days name the page `week`: still answered.
      expect(JSON.stringify(answerCard(await invoke(user, 'book.page', { week: '2030-01-14' })))).to.contain('Monday 14 to');
    });

    it('refuses a malformed week with the shared sentence, changing nothing', async () => {
      const before = await h.snapshot();
      const answer = await invoke(h.employee(0), 'book.page', { week: '../../etc' });
      expect((answer.body as { type: string }).type).to.equal('application/vnd.microsoft.activity.message');
      expect(await h.snapshot()).to.equal(before);
    });

    it("pages the therapist's availability card by days, each page under 40 KB", async () => {
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.therapist, text: 'availability' }));
      const card = TeamsConnectorStub.card(h.connector.sent(`a:personal-${h.therapist.aadObjectId}`).at(-1));
      expect(size(card)).to.be.below(MAX_CARD_BYTES);
      expect(actionData(card, 'availability.remove').length).to.be.within(1, 20);
      const nextPage = actionData(card, 'availability.page')[0]?.page;
      expect(nextPage).to.match(/^2030-01-\d\d$/);
      const next = answerCard(await invoke(h.therapist, 'availability.page', { page: nextPage }));
      expect(size(next)).to.be.below(MAX_CARD_BYTES);
      expect(actionData(next, 'availability.page').map((d) => d.page)).to.include(actionData(card, 'availability.remove')[0]?.page);
      const week2 = answerCard(await invoke(h.therapist, 'availability.page', { week: '2030-01-14' }));
      expect(JSON.stringify(week2)).to.match(/"text":"Monday 14 to \w+ 1\d January"/);
    });

    it('pages the reschedule form by week, keeping the session it is for', async () => {
      const employee = h.world.employees[1] as Actor;
      const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[60]?._id) });
      if (!booked.ok) throw new Error(booked.code);
      const form = answerCard(await invoke(h.employee(1), 'reschedule.open', { sessionId: booked.session.id }));
      expect(size(form)).to.be.below(MAX_CARD_BYTES);
      const page = actionData(form, 'reschedule.open').find((d) => d.page === '2030-01-14');
      expect(page?.sessionId).to.equal(booked.session.id);
      const next = answerCard(await invoke(h.employee(1), 'reschedule.open', page ?? {}));
      expect(JSON.stringify(next)).to.match(/"text":"Monday 14 to \w+ 1\d January"/);
    });
  });

  describe('a target time inside the reschedule window', () => {
    let h: TeamsHarness;
    const now = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
    before(async () => {
      // Cards label times with the real clock, so this world lives around it: slots 2 h, 26 h and 50 h ahead.
      h = await openTeamsHarness('teams_limits_cutoff', {
        start: now,
        world: { slotCount: 3, slotEveryHours: 24, firstSlot: new Date(now.getTime() + 2 * 3_600_000) },
      });
      // The therapist takes bookings an hour ahead (24 h unless set), so the time 2 h ahead is offered at all.
      const notice = await h.services.bookingNotice.setOwn(h.world.therapist, '1');
      if (!notice.ok) throw new Error(notice.code);
    });
    after(async () => h?.close());

    it('is labelled in the reschedule form, with the line under the custom time', async () => {
      const booked = await h.services.sessions.book(h.world.employees[0] as Actor, { slotId: String(h.world.slots[2]?._id) });
      if (!booked.ok) throw new Error(booked.code);
      const form = answerCard(
        await h.post(
          cardInvoke({ serviceUrl: h.serviceUrl, user: h.employee(0), verb: 'reschedule.open', data: { sessionId: booked.session.id } }),
        ),
      );
      const titles = slotChoices(form, 'reschedule.submit').map((c) => c.title);
      expect(titles).to.have.length(2);
      expect(titles[0]).to.match(/\(within 24 h: can't be moved again\)$/);
      expect(titles[1]).to.not.contain('within');
      expect(JSON.stringify(form)).to.contain("A time within the next 24 hours can't be rescheduled again once confirmed, only cancelled.");
    });
  });
});
