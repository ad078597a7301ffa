// The paged slot picker (issue 18, item 14): a middle week carries Earlier and Later week buttons in one actions
// block, so each has its own action id (Slack wants an action id unique within its block), and both redraw the
// modal on their week, in the booking and the reschedule modal alike. A modal opened before the change still pages
// with the id the two buttons used to share.
import { expect } from 'chai';
import { slotPicker } from '../../src/slack/blocks/pickers.js';
import { wordsFor } from '../../src/i18n/words.js';
import { actions, views } from '../../src/slack/ids.js';
import type { Actor, SlotView } from '../../src/services/types.js';
import { blockProblems } from '../support/slack-blockkit.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText, selectOptions, viewOf } from '../support/slack-inspect.js';
import { blockActions, type SlackRequest } from '../support/slack-requests.js';

type Element = { type?: string; action_id?: string; value?: string; text?: { text: string } };
type Block = { type: string; block_id?: string; elements?: Element[] };

/** The week buttons of a picker: the one actions block that holds them. */
function weekButtons(blocks: Block[]): Element[] {
  const nav = blocks.filter((b) => b.type === 'actions' && (b.elements ?? []).some((e) => e.text?.text.includes('week')));
  expect(nav.length, 'week buttons sit in one actions block').to.be.at.most(1);
  return nav[0]?.elements ?? [];
}

/** A block action as Slack sends it from a modal whose private_metadata the app wrote. */
function fromModal(request: SlackRequest, privateMetadata: string): SlackRequest {
  const payload = JSON.parse(decodeURIComponent(request.rawBody.replace(/^payload=/, ''))) as { view: { private_metadata: string } };
  payload.view.private_metadata = privateMetadata;
  return { ...request, rawBody: `payload=${encodeURIComponent(JSON.stringify(payload))}` };
}

describe('slack: the paged slot picker', () => {
  describe('built for each week (no Slack needed)', () => {
    const zone = 'Europe/London';
    // 2-hourly from Thu 10 Jan 2030 10:00: 43 slots in the week of 7 January, 84 in the week of 14, 10 in the week of 21.
    const slots: SlotView[] = Array.from({ length: 137 }, (_, i) => {
      const start = new Date(Date.UTC(2030, 0, 10, 10) + i * 2 * 3_600_000);
      return { id: `slot${i}`, start, end: new Date(start.getTime() + 50 * 60_000), held: false };
    });
    const cases: [string, string, string[]][] = [
      ['the first week', '2030-01-07', [actions.slotWeekLater]],
      ['a middle week', '2030-01-14', [actions.slotWeekEarlier, actions.slotWeekLater]],
      ['the last week', '2030-01-21', [actions.slotWeekEarlier]],
    ];
    for (const [name, week, ids] of cases) {
      it(`${name}: ${ids.join(' and ')}, each action id once, and nothing Slack would refuse`, () => {
        const blocks = slotPicker(wordsFor({ zone, locale: 'en-GB' }), slots, { optional: false, label: 'Time', week });
        expect(blockProblems(blocks, 'modal', name)).to.deep.equal([]);
        const buttons = weekButtons(blocks as Block[]);
        expect(buttons.map((b) => b.action_id)).to.deep.equal(ids);
        expect(new Set(buttons.map((b) => b.action_id)).size, `${name}: action ids unique in the block`).to.equal(buttons.length);
      });
    }
  });

  describe('through Slack', () => {
    let h: SlackHarness;

    before(async function () {
      this.timeout(120_000);
      h = await openSlackHarness('slot_week_picker', {
        world: { employees: 1, slotCount: 137, slotEveryHours: 2, allowance: 30, firstSlot: new Date('2030-01-10T10:00:00Z') },
      });
    });
    after(() => h.close());
    beforeEach(() => h.stub.reset());

    const modal = () => viewOf(h.stub.lastCall('views.update'));
    const buttons = () => weekButtons(modal().blocks as Block[]);
    const press = (actionId: string, value: string, callbackId: string = views.book, privateMetadata = '') =>
      h.post(fromModal(blockActions({ user: 'UEMP1', actionId, value, view: { id: 'VMODAL', callbackId } }), privateMetadata));

    it('books across three weeks: Later from the first, both from the middle, Earlier from the last', async () => {
      await h.post(
        blockActions({ user: 'UEMP1', actionId: actions.bookOpen, value: 'book', view: { id: 'VHOME', callbackId: '', type: 'home' } }),
      );
      expect(allText(h.stub.lastCall('views.update'))).to.include('Week of Monday 7 January');
      expect(buttons().map((b) => [b.action_id, b.value])).to.deep.equal([[actions.slotWeekLater, '2030-01-14']]);

      // The middle week: both buttons in one block, each with its own id. The harness fails on what Slack refuses.
      await press(actions.slotWeekLater, '2030-01-14');
      expect(allText(h.stub.lastCall('views.update'))).to.include('Week of Monday 14 January');
      expect(selectOptions(h.stub.lastCall('views.update'), 'slot')).to.have.length(84);
      expect(buttons().map((b) => [b.action_id, b.value])).to.deep.equal([
        [actions.slotWeekEarlier, '2030-01-07'],
        [actions.slotWeekLater, '2030-01-21'],
      ]);

      await press(actions.slotWeekLater, '2030-01-21');
      expect(allText(h.stub.lastCall('views.update'))).to.include('Week of Monday 21 January');
      expect(buttons().map((b) => [b.action_id, b.value])).to.deep.equal([[actions.slotWeekEarlier, '2030-01-14']]);

      await press(actions.slotWeekEarlier, '2030-01-14');
      expect(allText(h.stub.lastCall('views.update'))).to.include('Week of Monday 14 January');
      expect(modal().callback_id).to.equal(views.book);
    });

    it('still pages a modal opened before the buttons had their own ids (the shared slot_week)', async () => {
      await press(actions.slotWeek, '2030-01-21');
      expect(allText(h.stub.lastCall('views.update'))).to.include('Week of Monday 21 January');
      expect(buttons().map((b) => b.action_id)).to.deep.equal([actions.slotWeekEarlier]);
    });

    it('pages the reschedule picker the same way, keeping the session it is about', async () => {
      const employee = h.world.employees[0] as Actor;
      const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[136]?._id) });
      if (!booked.ok) throw new Error(booked.code);
      h.stub.reset();
      await h.post(
        blockActions({
          user: 'UEMP1',
          actionId: actions.sessionReschedule,
          value: booked.session.id,
          view: { id: 'VHOME', callbackId: '', type: 'home' },
        }),
      );
      const opened = modal();
      expect(opened.callback_id).to.equal(views.reschedule);
      await press(actions.slotWeekLater, '2030-01-14', views.reschedule, opened.private_metadata ?? '');
      expect(modal().callback_id).to.equal(views.reschedule);
      expect(modal().private_metadata).to.equal(opened.private_metadata);
      expect(allText(h.stub.lastCall('views.update'))).to.include('Week of Monday 14 January');
      expect(buttons().map((b) => b.action_id)).to.deep.equal([actions.slotWeekEarlier, actions.slotWeekLater]);
    });
  });
});
