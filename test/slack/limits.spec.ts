// Slack's limits (issue 7, item 11): a slot picker over 100 options is paged by week, a message stays within 50
// blocks with an "and N more" line where it is cut, and a target time inside the reschedule window says it can
// then never be moved.
import { expect } from 'chai';
import { actions, commands } from '../../src/slack/ids.js';
import type { Actor } from '../../src/services/types.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { actionValue, allText, selectOptions, viewOf } from '../support/slack-inspect.js';
import { blockActions, slashCommand } from '../support/slack-requests.js';

describe('slack: platform limits', () => {
  describe('a long list of open slots', () => {
    let h: SlackHarness;

    before(async function () {
      this.timeout(120_000);
      // 130 hourly slots from Thu 10 Jan 2030 10:00: 86 in the week of 7 January, 44 in the week of 14 January.
      h = await openSlackHarness('limits_paging', { world: { employees: 2, slotCount: 130, slotEveryHours: 1, allowance: 30 } });
    });
    after(() => h.close());
    beforeEach(() => h.stub.reset());

    const weekButton = (label: string) => {
      const update = h.stub.lastCall('views.update');
      const blocks = viewOf(update).blocks as {
        type: string;
        elements?: { action_id?: string; value?: string; text?: { text: string } }[];
      }[];
      const id = label === 'Earlier' ? actions.slotWeekEarlier : actions.slotWeekLater;
      return blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === id && e.text?.text.includes(label))?.value;
    };

    it('pages the booking picker by week, never over 100 options, with Earlier / Later week buttons', async () => {
      await h.post(
        blockActions({ user: 'UEMP1', actionId: actions.bookOpen, value: 'book', view: { id: 'VHOME', callbackId: '', type: 'home' } }),
      );
      const first = h.stub.lastCall('views.update');
      expect(selectOptions(first, 'slot')).to.have.length(86);
      expect(allText(first)).to.include('Week of Monday 7 January');
      expect(weekButton('Earlier')).to.equal(undefined);
      const later = weekButton('Later');
      expect(later).to.equal('2030-01-14');

      await h.post(
        blockActions({
          user: 'UEMP1',
          actionId: actions.slotWeekLater,
          value: later ?? '',
          view: { id: 'VBOOK', callbackId: 'book_view', type: 'modal' },
        }),
      );
      const second = h.stub.lastCall('views.update');
      expect(second?.body.view_id).to.equal('VBOOK');
      expect(viewOf(second).callback_id).to.equal('book_view');
      expect(selectOptions(second, 'slot')).to.have.length(44);
      expect(allText(second)).to.include('Week of Monday 14 January');
      expect(weekButton('Earlier')).to.equal('2030-01-07');
      expect(weekButton('Later')).to.equal(undefined);
    });

    it('refuses a malformed week quietly: the modal is left as it was', async () => {
      await h.post(
        blockActions({
          user: 'UEMP1',
          actionId: actions.slotWeekLater,
          value: 'next',
          view: { id: 'VBOOK', callbackId: 'book_view', type: 'modal' },
        }),
      );
      expect(h.stub.callsTo('views.update')).to.have.length(0);
    });

    it('/wellbeing with many sessions stays within 50 blocks and says how many more there are', async () => {
      const employee = h.world.employees[1] as Actor;
      for (let i = 0; i < 20; i++) {
        const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[i * 3]?._id) });
        if (!booked.ok) throw new Error(booked.code);
      }
      await h.post(slashCommand({ command: commands.wellbeing, user: 'UEMP2', channel: 'DEMP2', responseUrl: h.stub.responseUrl() }));
      const reply = h.stub.lastCall('response_url');
      const blocks = reply?.body.blocks as unknown[];
      expect(blocks.length).to.be.at.most(50);
      expect(allText(reply)).to.match(/…and \d+ more upcoming sessions, not shown here\./);
      expect(allText(reply)).to.include('*Allowance*');
      expect(actionValue(reply, actions.bookOpen)).to.equal('book');
    });
  });

  describe('a target time inside the reschedule window', () => {
    let h: SlackHarness;
    const now = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);

    before(async () => {
      // The listeners label times with the real clock, so this world lives around it: slots 2 h, 26 h, 50 h, 74 h ahead.
      h = await openSlackHarness('limits_cutoff', {
        start: now,
        world: { employees: 1, slotCount: 4, slotEveryHours: 24, firstSlot: new Date(now.getTime() + 2 * 3_600_000), allowance: 10 },
      });
    });
    after(() => h.close());

    it('labels it in the reschedule picker, and says so under the custom time', async () => {
      // The therapist takes bookings an hour ahead (24 h unless set), so the time 2 h ahead is offered at all.
      expect((await h.services.bookingNotice.setOwn(h.world.therapist, '1')).ok).to.equal(true);
      const booked = await h.services.sessions.book(h.world.employees[0] as Actor, { slotId: String(h.world.slots[3]?._id) });
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
      const update = h.stub.lastCall('views.update');
      const labels = selectOptions(update, 'slot').map((o) => o.text);
      expect(labels).to.have.length(3);
      expect(labels[0]).to.match(/\(within 24 h: can't be moved again\)$/);
      expect(labels.slice(1).some((l) => l.includes('within'))).to.equal(false);
      expect(allText(update)).to.include("A time within the next 24 hours can't be rescheduled again once confirmed, only cancelled.");
    });
  });
});
