// Teams cards stay small (issue 7, item 11): long lists of times are paged by week with Earlier / Later week
// actions, every card stays well under 40 KB, and a target time inside the reschedule window says it is final.
import { expect } from 'chai';
import type { Actor } from '../../src/services/types.js';
import { cardInvoke, personalMessage } from '../support/teams-activities.js';
import { actionData, answerCard, choices } from '../support/teams-cards.js';
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

    it('pages the booking card by week, small enough for Teams, with a drop-down instead of 90 radio buttons', async () => {
      const user = h.employee(0);
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text: 'book' }));
      const card = TeamsConnectorStub.card(h.connector.sent(`a:personal-${user.aadObjectId}`).at(-1));
      expect(size(card)).to.be.below(MAX_CARD_BYTES);
      const first = choices(card, 'slotId');
      expect(first.length).to.be.within(1, 42);
      expect(JSON.stringify(card)).to.contain('Week of Monday 7 January');
      expect(JSON.stringify(card)).to.contain('"style":"compact"');
      expect(actionData(card, 'book.page').map((d) => d.week)).to.deep.equal(['2030-01-14']);

      const next = answerCard(await invoke(user, 'book.page', { week: '2030-01-14' }));
      expect(JSON.stringify(next)).to.contain('Week of Monday 14 January');
      const second = choices(next, 'slotId');
      expect(second.length).to.be.within(1, 42);
      expect(second.map((c) => c.value)).to.not.include.members(first.map((c) => c.value));
      expect(actionData(next, 'book.page').map((d) => d.week)).to.deep.equal(['2030-01-07', '2030-01-21']);
    });

    it('refuses a malformed week with the shared sentence, changing nothing', async () => {
      const before = await h.snapshot();
      const answer = await invoke(h.employee(0), 'book.page', { week: '../../etc' });
      expect((answer.body as { type: string }).type).to.equal('application/vnd.microsoft.activity.message');
      expect(await h.snapshot()).to.equal(before);
    });

    it("pages the therapist's availability card by week, each page under 40 KB", async () => {
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.therapist, text: 'availability' }));
      const card = TeamsConnectorStub.card(h.connector.sent(`a:personal-${h.therapist.aadObjectId}`).at(-1));
      expect(size(card)).to.be.below(MAX_CARD_BYTES);
      expect(actionData(card, 'availability.remove').length).to.be.within(1, 42);
      const nextWeek = actionData(card, 'availability.page')[0]?.week;
      expect(nextWeek).to.equal('2030-01-14');
      const next = answerCard(await invoke(h.therapist, 'availability.page', { week: nextWeek }));
      expect(size(next)).to.be.below(MAX_CARD_BYTES);
      expect(JSON.stringify(next)).to.contain('Week of Monday 14 January');
    });

    it('pages the reschedule form by week, keeping the session it is for', async () => {
      const employee = h.world.employees[1] as Actor;
      const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[60]?._id) });
      if (!booked.ok) throw new Error(booked.code);
      const form = answerCard(await invoke(h.employee(1), 'reschedule.open', { sessionId: booked.session.id }));
      expect(size(form)).to.be.below(MAX_CARD_BYTES);
      const page = actionData(form, 'reschedule.open').find((d) => d.week === '2030-01-14');
      expect(page?.sessionId).to.equal(booked.session.id);
      const next = answerCard(await invoke(h.employee(1), 'reschedule.open', page ?? {}));
      expect(JSON.stringify(next)).to.contain('Week of Monday 14 January');
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
      const titles = choices(form, 'slotId').map((c) => c.title);
      expect(titles).to.have.length(2);
      expect(titles[0]).to.match(/\(within 24 h: can't be moved again\)$/);
      expect(titles[1]).to.not.contain('within');
      expect(JSON.stringify(form)).to.contain("A time within the next 24 hours can't be rescheduled again once confirmed, only cancelled.");
    });
  });
});
