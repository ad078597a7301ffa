// The therapist's booking notice and days away over signed requests to the Bolt receiver (issue 19, §3 and §5): the
// therapist sets them with /wellbeing notice and /wellbeing away; the employee's booking form then refuses a time
// sooner than the notice (`too_soon`) or while the therapist is away (`therapist_away`), beside the slot field, and
// nothing is held; the same booking a minute later (or once they are back) goes through.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { commands, views } from '../../src/slack/ids.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText, selectOptions } from '../support/slack-inspect.js';
import { actions } from '../../src/slack/ids.js';
import { blockActions, slashCommand, state, viewSubmission } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('slack: booking notice and days away, over signed requests', () => {
  let h: SlackHarness;
  const home = { id: 'VHOME', callbackId: '', type: 'home' as const };

  beforeEach(async () => {
    // Slots every 2 hours from Thu 10 Jan 2030 10:00 London (now: Mon 7 Jan 10:00).
    h = await openSlackHarness('booking_rules', { world: { employees: 1, allowance: 4, slotCount: 3 } });
  });
  afterEach(() => h.close());

  const slot = (i: number) => h.world.slots[i]!;
  const therapistSays = (text: string) =>
    h.post(
      slashCommand({ command: commands.wellbeing, text, user: 'UTHERAPIST', channel: 'DUTHERAPIST', responseUrl: h.stub.responseUrl() }),
    );
  const book = (i: number) =>
    h.post(viewSubmission({ user: 'UEMP1', callbackId: views.book, values: state.select('slot', String(slot(i)._id)) as never }));
  const bookingForm = async () => {
    await h.post(blockActions({ user: 'UEMP1', actionId: actions.bookOpen, value: 'book', view: home }));
    return h.stub.lastCall('views.update');
  };
  const sessions = () => h.db.models.Session.countDocuments({ employeeId: h.world.employees[0]!.personId });

  it('/wellbeing notice 12: a slot 12 hours less a minute ahead is hidden and refused as too_soon; at 12 hours it books', async () => {
    await therapistSays('notice 12');
    expect(allText(h.stub.lastCall('response_url'))).to.include('at least 12 hours ahead');

    h.setNow(new Date(slot(0).start.getTime() - 12 * HOUR + MINUTE));
    expect(selectOptions(await bookingForm(), 'slot')).to.have.length(2);
    const before = await h.snapshot();
    const refused = await book(0);
    expect(JSON.parse(refused.body)).to.deep.equal({
      response_action: 'errors',
      errors: { slot: refusalText({ code: 'too_soon', params: { hours: 12 } }, 'employee', GB) },
    });
    expect(await h.snapshot(), 'nothing held or stored').to.equal(before);

    h.setNow(new Date(slot(0).start.getTime() - 12 * HOUR));
    expect((await book(0)).body).to.equal('');
    expect(await sessions()).to.equal(1);
  });

  it('/wellbeing away: a slot on a day away is hidden and refused as therapist_away with the day back; after it, it books', async () => {
    await therapistSays('away 2030-01-10 2030-01-10');
    expect(allText(h.stub.lastCall('response_url'))).to.include("You're away Thu 10 Jan 2030");
    expect(selectOptions(await bookingForm(), 'slot')).to.have.length(0);
    const before = await h.snapshot();
    const refused = await book(1);
    expect(JSON.parse(refused.body).errors.slot).to.equal(
      refusalText({ code: 'therapist_away', params: { back: 'Fri 11 Jan 2030' } }, 'employee', GB),
    );
    expect(await h.snapshot()).to.equal(before);

    await therapistSays('away clear');
    expect((await book(1)).body).to.equal('');
    expect(await sessions()).to.equal(1);
  });
});
