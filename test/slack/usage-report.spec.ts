// The HR usage report says exactly what it counts (issue 7, item 12): enrolled employees apart from those who
// booked, early and late cancellations apart and summed, and each hidden group labelled with why it is hidden.
import { expect } from 'chai';
import { suppressionText } from '../../src/domain/usage.js';
import { commands } from '../../src/slack/ids.js';
import type { Actor } from '../../src/services/types.js';
import { DEFAULT_START, openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText } from '../support/slack-inspect.js';
import { slashCommand } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

describe('slack: usage report wording', () => {
  let h: SlackHarness;

  before(async () => {
    // Six employees: five in Engineering, one in Ops. Ops is too small; Engineering would reveal Ops by subtraction.
    h = await openSlackHarness('usage_report', {
      world: {
        employees: 6,
        slotCount: 4,
        departments: ['Engineering', 'Engineering', 'Engineering', 'Engineering', 'Engineering', 'Ops'],
        minReportGroupSize: 5,
      },
    });
    const [a, b] = h.world.employees as [Actor, Actor];
    const book = async (who: Actor, i: number) => {
      const booked = await h.services.sessions.book(who, { slotId: String(h.world.slots[i]?._id) });
      if (!booked.ok) throw new Error(booked.code);
      return booked.session;
    };
    await book(a, 0);
    const early = await book(a, 1);
    const late = await book(b, 2);
    const cancelled = await h.services.sessions.cancel(a, { sessionId: early.id, reason: 'Something came up' });
    if (!cancelled.ok || cancelled.late) throw new Error('expected an early cancellation');
    h.setNow(new Date(late.start.getTime() - 2 * 3600_000));
    const lateCancel = await h.services.sessions.cancel(b, { sessionId: late.id, reason: 'Unwell today' });
    if (!lateCancel.ok || !lateCancel.late) throw new Error('expected a late cancellation');
    h.setNow(DEFAULT_START);
  });
  after(() => h.close());

  it('labels every figure with what it counts, and cancellations apart and summed', async () => {
    await h.post(
      slashCommand({ command: commands.usage, text: '2030-01', user: 'UHR', channel: 'DHR', responseUrl: h.stub.responseUrl() }),
    );
    const reply = h.stub.lastCall('response_url');
    expect(reply?.body.text).to.equal('Programme usage, January 2030');
    const text = allText(reply);
    expect(text).to.include('*Employees enrolled*\n6');
    expect(text).to.include('*Employees who booked*\n2');
    expect(text).to.include('*Sessions booked (not cancelled)*\n1');
    expect(text).to.include('*Early cancellations (credited back)*\n1');
    expect(text).to.include('*Late cancellations (counted as used)*\n1');
    expect(text).to.include('*Cancellations in total*\n2');
  });

  it('labels hidden groups by why they are hidden', async () => {
    await h.post(
      slashCommand({ command: commands.usage, text: '2030-01', user: 'UHR', channel: 'DHR', responseUrl: h.stub.responseUrl() }),
    );
    const text = allText(h.stub.lastCall('response_url'));
    expect(text).to.include(`*Ops*\n${suppressionText('small_group', 5, GB)}`);
    expect(text).to.include(`*Engineering*\n${suppressionText('reveals_small_group', 5, GB)}`);
    expect(suppressionText('small_group', 5, GB)).to.not.equal(suppressionText('reveals_small_group', 5, GB));
  });

  it('an unknown department reads exactly like a small one, so the answer reveals nothing', async () => {
    await h.post(
      slashCommand({ command: commands.usage, text: '2030-01 Finance', user: 'UHR', channel: 'DHR', responseUrl: h.stub.responseUrl() }),
    );
    expect(allText(h.stub.lastCall('response_url'))).to.include(`*Finance*\n${suppressionText('small_group', 5, GB)}`);
  });
});
