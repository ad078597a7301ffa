// Therapist availability, the HR usage report and operator channel linking, over signed requests.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { usageHint } from '../../src/slack/blocks/usage.js';
import { linkHint } from '../../src/slack/listeners/commands/link.js';
import { wordsFor } from '../../src/i18n/words.js';
import { actions, commands, views } from '../../src/slack/ids.js';
import { DEFAULT_START, openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { actionValue, allText, viewOf } from '../support/slack-inspect.js';
import { appHomeOpened, blockActions, slashCommand, state, viewSubmission } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

const british = wordsFor({ zone: 'UTC', locale: 'en-GB' });

describe('slack: therapist, HR and operator commands', () => {
  let h: SlackHarness;

  before(async () => {
    h = await openSlackHarness('staff', { world: { employees: 2, slotCount: 2, minReportGroupSize: 1 } });
  });
  after(() => h.close());
  beforeEach(() => {
    h.stub.reset();
    h.setNow(DEFAULT_START);
  });

  const command = (name: string, user: string, text = '', channel = 'CACME') =>
    h.post(slashCommand({ command: name, text, user, channel, responseUrl: h.stub.responseUrl() }));
  const reply = () => h.stub.lastCall('response_url');
  const addSlots = (values: Record<string, unknown>, user = 'UTHERAPIST') =>
    h.post(viewSubmission({ user, callbackId: views.availability, values: values as never }));
  const slotForm = (date: string, time: string, duration = '50', weeks = '1') => ({
    ...state.date(date),
    ...state.time(time),
    ...state.select('duration', duration),
    ...state.number('weeks', weeks),
  });
  const therapistSlots = async () => {
    const list = await h.services.availability.list(h.world.therapist);
    return list.ok ? list.slots : [];
  };

  describe('help for staff', () => {
    it('shows therapists and HR admins what they can do, on App Home and with /wellbeing', async () => {
      await h.post(appHomeOpened('UTHERAPIST'));
      expect(
        allText(
          h.stub
            .callsTo('views.publish')
            .filter((c) => c.body.user_id === 'UTHERAPIST')
            .pop(),
        ),
      ).to.include(commands.availability);
      await command(commands.wellbeing, 'UHR', '', 'DHR');
      const text = allText(reply());
      expect(text).to.include(commands.usage);
      expect(text).to.include(commands.link);
      expect(text).not.to.include(commands.availability);
    });
  });

  describe('availability', () => {
    it('opens the availability modal with the current slots', async () => {
      await command(commands.availability, 'UTHERAPIST');
      expect(h.stub.callsTo('views.open')).to.have.length(1);
      const update = h.stub.lastCall('views.update');
      expect(viewOf(update).callback_id).to.equal(views.availability);
      expect(allText(update)).to.include('Thu 10 Jan 2030, 10:00');
      expect(actionValue(update, actions.availabilityRemove)).to.be.a('string');
    });

    it('adds a slot repeating weekly and redraws the modal', async () => {
      const before = (await therapistSlots()).length;
      const res = await addSlots(slotForm('2030-01-15', '09:00', '60', '3'));
      const body = JSON.parse(res.body);
      expect(body.response_action).to.equal('update');
      expect(JSON.stringify(body.view)).to.include('Added 3 slots.');
      const slots = await therapistSlots();
      expect(slots.length).to.equal(before + 3);
      expect(slots.map((s) => s.start.toISOString())).to.include.members([
        '2030-01-15T09:00:00.000Z',
        '2030-01-22T09:00:00.000Z',
        '2030-01-29T09:00:00.000Z',
      ]);
    });

    it('refuses an overlapping slot with a clear message and stores nothing', async () => {
      const before = await h.snapshot();
      const res = await addSlots(slotForm('2030-01-22', '09:30'));
      const body = JSON.parse(res.body);
      expect(body.response_action).to.equal('errors');
      expect(body.errors.time).to.match(/^That overlaps with another slot/);
      expect(await h.snapshot()).to.equal(before);
    });

    it('refuses a bad repeat count, a past time and a malformed time beside their fields', async () => {
      const before = await h.snapshot();
      expect(JSON.parse((await addSlots(slotForm('2030-02-01', '09:00', '50', '40'))).body).errors).to.deep.equal({
        weeks: refusalText({ code: 'invalid_repeat' }, 'employee', GB),
      });
      expect(JSON.parse((await addSlots(slotForm('2029-02-01', '09:00'))).body).errors).to.deep.equal({
        time: refusalText({ code: 'time_in_past' }, 'employee', GB),
      });
      expect(JSON.parse((await addSlots({ ...slotForm('2030-02-01', '09:00'), ...state.time('9am') })).body).errors).to.deep.equal({
        time: refusalText({ code: 'malformed_time' }, 'employee', GB),
      });
      expect(await h.snapshot()).to.equal(before);
    });

    it('removes an open slot from the modal, and refuses removing a booked one', async () => {
      const [first, second] = await therapistSlots();
      const booked = await h.services.sessions.book(h.world.employees[0]!, { slotId: second!.id });
      if (!booked.ok) throw new Error(booked.code);
      h.stub.reset();
      await h.post(
        blockActions({
          user: 'UTHERAPIST',
          actionId: actions.availabilityRemove,
          value: first!.id,
          view: { id: 'VAVAIL', callbackId: views.availability },
        }),
      );
      const update = h.stub.lastCall('views.update');
      expect(update?.body.view_id).to.equal('VAVAIL');
      expect(allText(update)).to.include('Removed Thu 10 Jan 2030');
      expect((await therapistSlots()).map((s) => s.id)).not.to.include(first!.id);
      await h.post(
        blockActions({
          user: 'UTHERAPIST',
          actionId: actions.availabilityRemove,
          value: second!.id,
          view: { id: 'VAVAIL', callbackId: views.availability },
        }),
      );
      expect(allText(h.stub.lastCall('views.update'))).to.include(refusalText({ code: 'slot_held' }, 'employee', GB));
      expect((await therapistSlots()).map((s) => s.id)).to.include(second!.id);
    });

    it('refuses anyone who is not a therapist', async () => {
      await command(commands.availability, 'UEMP1');
      expect(allText(h.stub.lastCall('views.update'))).to.include(refusalText({ code: 'not_therapist' }, 'employee', GB));
      const before = await h.snapshot();
      const res = await addSlots(slotForm('2030-02-01', '09:00'), 'UEMP1');
      expect(Object.values(JSON.parse(res.body).errors)).to.deep.equal([refusalText({ code: 'not_therapist' }, 'employee', GB)]);
      expect(await h.snapshot()).to.equal(before);
    });
  });

  describe('usage report', () => {
    it('answers HR admins with an ephemeral Block Kit report of counts only', async () => {
      await command(commands.usage, 'UHR', '2030-01');
      const r = reply();
      expect(r?.body.response_type).to.equal('ephemeral');
      const text = allText(r);
      expect(text).to.include('Programme usage, January 2030');
      expect(text).to.include('Sessions booked');
      expect(text).not.to.include('Employee 1');
    });

    it('accepts a department after the month', async () => {
      await command(commands.usage, 'UHR', '2030-01 Engineering');
      expect(allText(reply())).to.include('Engineering');
    });

    it('refuses anyone who is not an HR admin', async () => {
      await command(commands.usage, 'UEMP1', '2030-01');
      expect(reply()?.body.text).to.equal(refusalText({ code: 'not_hr_admin' }, 'employee', GB));
      expect(reply()?.body.response_type).to.equal('ephemeral');
    });

    for (const bad of ['2030-13', '30-01', '2030-01 <script>', `2030-01 ${'x'.repeat(200)}`]) {
      it(`answers malformed arguments (${bad.slice(0, 20)}) with the usage hint`, async () => {
        await command(commands.usage, 'UHR', bad);
        expect(reply()?.body.text).to.equal(`${refusalText({ code: 'invalid_month' }, 'employee', GB)}\n${usageHint(british)}`);
      });
    }
  });

  describe('linking a therapist channel', () => {
    it('explains how to invite the bot when it is not a member', async () => {
      const before = await h.snapshot();
      await command(commands.link, 'UHR', '<@UTHERAPIST|sam>', 'CNEW');
      expect(h.stub.lastCall('conversations.info')?.body.channel).to.equal('CNEW');
      expect(reply()?.body.text).to.match(/not a member of this channel.*\/invite @Wellbeing/s);
      expect(await h.snapshot()).to.equal(before);
    });

    it('treats a private channel it cannot see as one to be invited to', async () => {
      h.stub.fail('conversations.info', { error: 'channel_not_found' });
      await command(commands.link, 'UHR', '<@UTHERAPIST>', 'GPRIVATE');
      expect(reply()?.body.text).to.match(/not a member of this channel/);
    });

    it('links the therapist to the channel once the bot is a member', async () => {
      h.stub.memberOf.add('CNEW');
      await command(commands.link, 'UHR', '<@UTHERAPIST|sam>', 'CNEW');
      expect(reply()?.body.text).to.match(/now Dr Sam Rivers's conversation channel/);
      const therapist = await h.services.directory.therapistOfChannel({ platform: 'slack', workspaceId: 'T0TEST', channelId: 'CNEW' });
      expect(therapist?.displayName).to.equal('Dr Sam Rivers');
    });

    it('refuses people who may not link channels, and unknown therapists', async () => {
      await command(commands.link, 'UEMP1', '<@UTHERAPIST>', 'CNEW');
      expect(reply()?.body.text).to.equal(refusalText({ code: 'not_operator' }, 'employee', GB));
      await command(commands.link, 'UHR', '<@UEMP2>', 'CNEW');
      expect(reply()?.body.text).to.equal(refusalText({ code: 'unknown_therapist' }, 'employee', GB));
    });

    for (const bad of ['', 'sam', '@sam', '<#C123|general>', '<@UTHERAPIST> <@UEMP1>']) {
      it(`answers "${bad}" with the usage hint`, async () => {
        await command(commands.link, 'UHR', bad, 'CNEW');
        expect(reply()?.body.text).to.equal(linkHint(british));
      });
    }

    it('refuses to link a DM', async () => {
      await command(commands.link, 'UHR', '<@UTHERAPIST>', 'DHR');
      expect(reply()?.body.text).to.equal(linkHint(british));
    });
  });
});
