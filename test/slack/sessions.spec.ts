// The employee's surfaces over signed requests: App Home in their own zone, /wellbeing, cancel (early and late,
// stated before confirming), book (with the allowance), and "Message therapist".
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { cancellationConsequence } from '../../src/domain/wording.js';
import { actions, commands, views } from '../../src/slack/ids.js';
import { wellbeingHint } from '../../src/slack/listeners/commands/wellbeing.js';
import { wordsFor } from '../../src/i18n/words.js';
import type { Actor } from '../../src/services/types.js';
import { DEFAULT_START, openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText, hasAction, selectOptions, viewOf } from '../support/slack-inspect.js';
import { appHomeOpened, blockActions, slashCommand, state, viewSubmission } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

describe('slack: employee sessions', () => {
  let h: SlackHarness;
  let employee: Actor;
  const home = { id: 'VHOME', callbackId: '', type: 'home' as const };

  before(async () => {
    h = await openSlackHarness('sessions', { world: { employees: 2, allowance: 2, slotCount: 6 } });
    employee = h.world.employees[0] as Actor;
  });
  after(() => h.close());
  beforeEach(() => {
    h.stub.reset();
    h.setNow(DEFAULT_START);
  });

  const overview = () => h.services.sessions.overview(employee);
  const slotId = (i: number) => String(h.world.slots[i]?._id);

  describe('booking', () => {
    it('lists open slots by day with the allowance left', async () => {
      await h.post(blockActions({ user: 'UEMP1', actionId: actions.bookOpen, value: 'book', view: home }));
      const update = h.stub.lastCall('views.update');
      expect(viewOf(update).callback_id).to.equal(views.book);
      expect(selectOptions(update, 'slot')).to.have.length(6);
      expect(allText(update)).to.include('January 2030:* 0 of 2 used, 2 left');
    });

    it('books a slot, refreshes App Home and tells both sides', async () => {
      const res = await h.post(viewSubmission({ user: 'UEMP1', callbackId: views.book, values: state.select('slot', slotId(0)) as never }));
      expect(res.body).to.equal('');
      const { upcoming, allowance } = await overview();
      expect(upcoming.map((s) => s.start.toISOString())).to.deep.equal([h.world.slots[0]?.start.toISOString()]);
      expect(allowance[0]?.used).to.equal(1);
      expect(h.stub.callsTo('views.publish')[0]?.body.user_id).to.equal('UEMP1');
      expect(h.stub.callsTo('chat.postMessage').map((c) => c.body.text)).to.include('Session booked');
    });

    it('refuses a slot someone else holds, beside the slot field', async () => {
      const before = await h.snapshot();
      const res = await h.post(viewSubmission({ user: 'UEMP2', callbackId: views.book, values: state.select('slot', slotId(0)) as never }));
      expect(JSON.parse(res.body)).to.deep.equal({
        response_action: 'errors',
        errors: { slot: refusalText({ code: 'slot_taken' }, 'employee', GB) },
      });
      expect(await h.snapshot()).to.equal(before);
    });

    it('refuses a booking beyond the monthly allowance', async () => {
      await h.post(viewSubmission({ user: 'UEMP1', callbackId: views.book, values: state.select('slot', slotId(1)) as never }));
      const before = await h.snapshot();
      const res = await h.post(viewSubmission({ user: 'UEMP1', callbackId: views.book, values: state.select('slot', slotId(2)) as never }));
      expect(JSON.parse(res.body).errors.slot).to.match(/You've used all 2 sessions/);
      expect(await h.snapshot()).to.equal(before);
    });
  });

  describe('App Home and /wellbeing', () => {
    it("publishes upcoming sessions and allowance in the employee's Slack zone, and records that zone", async () => {
      h.stub.zones.set('UEMP1', 'America/New_York');
      await h.post(appHomeOpened('UEMP1'));
      expect(h.stub.lastCall('users.info')?.body.user).to.equal('UEMP1');
      const publish = h.stub
        .callsTo('views.publish')
        .filter((c) => c.body.user_id === 'UEMP1')
        .pop();
      expect(publish?.body.user_id).to.equal('UEMP1');
      const text = allText(publish);
      expect(text).to.include('America/New_York');
      expect(text).to.include('05:00–05:50 EST'); // slot 0 is 10:00 UTC
      expect(text).to.include('January 2030:* 2 of 2 used, 0 left');
      for (const id of [actions.sessionReschedule, actions.sessionCancel, actions.bookOpen, actions.messageTherapist]) {
        expect(hasAction(publish, id), id).to.equal(true);
      }
      const actor = await h.services.directory.whoIs({ platform: 'slack', workspaceId: 'T0TEST', userId: 'UEMP1' });
      expect(actor?.zone).to.equal('America/New_York');
      employee = actor ?? employee;
    });

    it('shows the same overview and help ephemerally for /wellbeing', async () => {
      const responseUrl = h.stub.responseUrl();
      const res = await h.post(slashCommand({ command: commands.wellbeing, user: 'UEMP1', channel: 'DEMP1', responseUrl }));
      expect(res.status).to.equal(200);
      const reply = h.stub.lastCall('response_url');
      expect(reply?.body.response_type).to.equal('ephemeral');
      expect(allText(reply)).to.include('05:00–05:50 EST');
      expect(allText(reply)).to.include('How this works');
    });

    it('tells an unregistered person how to get access', async () => {
      await h.post(slashCommand({ command: commands.wellbeing, user: 'UNOBODY', channel: 'DNOBODY', responseUrl: h.stub.responseUrl() }));
      expect(h.stub.lastCall('response_url')?.body.text).to.equal(refusalText({ code: 'not_registered' }, 'employee', GB));
      await h.post(appHomeOpened('UNOBODY'));
      expect(
        allText(
          h.stub
            .callsTo('views.publish')
            .filter((c) => c.body.user_id === 'UNOBODY')
            .pop(),
        ),
      ).to.include(refusalText({ code: 'not_registered' }, 'employee', GB));
    });
  });

  describe('/wellbeing book | reschedule | cancel', () => {
    const run = (text: string, user = 'UEMP1') =>
      h.post(slashCommand({ command: commands.wellbeing, text, user, channel: `D${user.slice(1)}`, responseUrl: h.stub.responseUrl() }));

    it('opens the booking form directly', async () => {
      await run('book', 'UEMP2');
      expect(h.stub.callsTo('views.open')).to.have.length(1);
      expect(viewOf(h.stub.lastCall('views.update')).callback_id).to.equal(views.book);
    });

    it('says why there is nothing to book when every open time is in a month whose allowance is used up', async () => {
      // UEMP1 used both sessions of this month above; every open time is in this month.
      await run('book');
      const view = h.stub.lastCall('views.update');
      expect(viewOf(view).callback_id).to.equal('info_view');
      expect(allText(view)).to.include("You've used all 2 sessions of your allowance for").and.include("so its times aren't shown");
    });

    it('lists the sessions to pick from, and pushes the form for the one picked', async () => {
      await run('Reschedule');
      const picker = h.stub.lastCall('views.update');
      expect(hasAction(picker, actions.sessionReschedule)).to.equal(true);
      expect(allText(picker)).to.include('Which session?');
      const viewId = String(picker?.body.view_id);
      const sessionId = (await overview()).upcoming[0]?.id ?? '';
      h.stub.reset();
      await h.post(
        blockActions({
          user: 'UEMP1',
          actionId: actions.sessionReschedule,
          value: sessionId,
          view: { id: viewId, callbackId: 'info_view' },
        }),
      );
      expect(h.stub.callsTo('views.open')).to.have.length(0);
      expect(h.stub.callsTo('views.push')).to.have.length(1);
      expect(viewOf(h.stub.lastCall('views.update')).callback_id).to.equal(views.reschedule);
      await run('cancel');
      expect(hasAction(h.stub.lastCall('views.update'), actions.sessionCancel)).to.equal(true);
    });

    it('opens the form at once when there is only one session', async () => {
      const other = h.world.employees[1] as Actor;
      await run('reschedule', 'UEMP2');
      expect(allText(h.stub.lastCall('views.update'))).to.include('You have no upcoming sessions.');
      const booked = await h.services.sessions.book(other, { slotId: slotId(4) });
      if (!booked.ok) throw new Error(booked.code);
      await run('reschedule', 'UEMP2');
      const form = viewOf(h.stub.lastCall('views.update'));
      expect(form.callback_id).to.equal(views.reschedule);
      expect(JSON.parse(form.private_metadata ?? '{}')).to.deep.equal({ sessionId: booked.session.id });
    });

    it('answers anything else with the overview and the usage hint', async () => {
      await run('teleport');
      const reply = h.stub.lastCall('response_url');
      expect(allText(reply)).to.include(wellbeingHint(wordsFor({ zone: 'UTC', locale: 'en-GB' })));
      expect(allText(reply)).to.include('Your wellbeing sessions');
    });
  });

  describe('cancelling', () => {
    it('states an early cancellation is credited back, requires a reason, then credits the allowance', async () => {
      const session = (await overview()).upcoming[1];
      await h.post(blockActions({ user: 'UEMP1', actionId: actions.sessionCancel, value: session?.id ?? '', view: home }));
      const modal = h.stub.lastCall('views.update');
      expect(viewOf(modal).callback_id).to.equal(views.cancel);
      expect(allText(modal)).to.include(cancellationConsequence(false, 24, GB));
      const metadata = JSON.parse(viewOf(modal).private_metadata ?? '{}');
      const before = await h.snapshot();
      const missing = await h.post(
        viewSubmission({ user: 'UEMP1', callbackId: views.cancel, privateMetadata: metadata, values: state.text('reason', '') as never }),
      );
      expect(JSON.parse(missing.body).errors).to.deep.equal({ reason: refusalText({ code: 'reason_missing' }, 'employee', GB) });
      expect(await h.snapshot()).to.equal(before);
      const res = await h.post(
        viewSubmission({
          user: 'UEMP1',
          callbackId: views.cancel,
          privateMetadata: metadata,
          values: state.text('reason', 'Feeling better') as never,
        }),
      );
      expect(res.body).to.equal('');
      const after = await overview();
      expect(after.upcoming).to.have.length(1);
      expect(after.allowance[0]?.used).to.equal(1);
      expect(h.stub.callsTo('chat.postMessage').map((c) => c.body.text)).to.include('Session cancelled');
    });

    it('states a late cancellation uses the allowance, and keeps it used', async () => {
      const session = (await overview()).upcoming[0];
      h.setNow(new Date((session?.start.getTime() ?? 0) - 3_600_000));
      await h.post(blockActions({ user: 'UEMP1', actionId: actions.sessionCancel, value: session?.id ?? '', view: home }));
      const modal = h.stub.lastCall('views.update');
      expect(allText(modal)).to.include(cancellationConsequence(true, 24, GB));
      expect(allText(modal)).to.include('Late cancellation');
      await h.post(
        viewSubmission({
          user: 'UEMP1',
          callbackId: views.cancel,
          privateMetadata: { sessionId: session?.id },
          values: state.text('reason', 'Sick today') as never,
        }),
      );
      const after = await overview();
      expect(after.upcoming).to.have.length(0);
      expect(after.allowance[0]?.used).to.equal(1);
      expect(h.stub.callsTo('chat.postMessage').map((c) => c.body.text)).to.include('Session cancelled (late cancellation)');
    });

    it("refuses cancelling someone else's session", async () => {
      const booked = await h.services.sessions.book(h.world.employees[1] as Actor, { slotId: slotId(3) });
      if (!booked.ok) throw new Error(booked.code);
      h.stub.reset();
      const before = await h.snapshot();
      const res = await h.post(
        viewSubmission({
          user: 'UEMP1',
          callbackId: views.cancel,
          privateMetadata: { sessionId: booked.session.id },
          values: state.text('reason', 'Not mine') as never,
        }),
      );
      expect(Object.values(JSON.parse(res.body).errors)).to.deep.equal([refusalText({ code: 'not_your_session' }, 'employee', GB)]);
      expect(await h.snapshot()).to.equal(before);
    });
  });

  describe('message therapist from App Home', () => {
    it('opens a form and relays its text into the thread', async () => {
      await h.post(blockActions({ user: 'UEMP1', actionId: actions.messageTherapist, value: 'message', view: home }));
      expect(viewOf(h.stub.lastCall('views.update')).callback_id).to.equal(views.messageTherapist);
      h.stub.reset();
      const request = viewSubmission({
        user: 'UEMP1',
        callbackId: views.messageTherapist,
        viewId: 'VMSG1',
        values: state.text('message', 'Hello from the form') as never,
      });
      const res = await h.post(request);
      expect(res.body).to.equal('');
      await h.post(request); // a double submit of the same view is relayed once
      const relayed = h.stub.callsTo('chat.postMessage').filter((c) => allText(c).includes('Hello from the form'));
      expect(relayed).to.have.length(1);
      expect(relayed[0]?.body.channel).to.equal('CACME');
    });

    it('keeps the form open with the reason when delivery fails', async () => {
      h.stub.fail('chat.postMessage', { error: 'restricted_action' }, 1);
      const res = await h.post(
        viewSubmission({ user: 'UEMP1', callbackId: views.messageTherapist, values: state.text('message', 'Will it arrive?') as never }),
      );
      expect(JSON.parse(res.body)).to.deep.equal({
        response_action: 'errors',
        errors: { message: refusalText({ code: 'relay_failed' }, 'employee', GB) },
      });
    });
  });
});
