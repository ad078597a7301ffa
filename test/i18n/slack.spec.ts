// Each Slack reader in their own language and clock, over signed requests to the Bolt receiver with the local Web
// API stand-in: a German employee's App Home and booking form are in German with German dates; an American
// employee's form shows a 12-hour clock; their British therapist's thread message about the German employee's booking
// stays in British English. (The person's language is set in the database here: learning it from Slack is not this
// spec's concern.)
import { expect } from 'chai';
import { actions, views } from '../../src/slack/ids.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText, selectOptions, viewOf } from '../support/slack-inspect.js';
import { appHomeOpened, blockActions, state, viewSubmission } from '../support/slack-requests.js';

describe('i18n: Slack speaks each reader’s language', () => {
  let h: SlackHarness;
  const home = { id: 'VHOME', callbackId: '', type: 'home' as const };

  before(async () => {
    // Slots every 2 hours from Thu 10 Jan 2030 10:00 London (now: Mon 7 Jan 10:00); a British therapist.
    h = await openSlackHarness('i18n_readers', { world: { employees: 2, allowance: 4, slotCount: 3 } });
    const [german, american] = h.world.employees;
    await h.db.models.Person.updateOne({ _id: german!.personId }, { language: 'de', zone: 'Europe/Berlin' });
    await h.db.models.Person.updateOne({ _id: american!.personId }, { language: 'en-US', zone: 'America/New_York' });
    h.stub.zones.set('UEMP1', 'Europe/Berlin');
    h.stub.zones.set('UEMP2', 'America/New_York');
  });
  after(() => h.close());

  const publishedHome = (user: string) =>
    h.stub
      .callsTo('views.publish')
      .filter((c) => c.body.user_id === user)
      .pop();
  const bookingForm = async (user: string) => {
    await h.post(blockActions({ user, actionId: actions.bookOpen, value: 'book', view: home }));
    return h.stub.lastCall('views.update');
  };

  it('the German employee’s booking form: German title, buttons, day headings and times', async () => {
    const form = await bookingForm('UEMP1');
    const view = viewOf(form);
    expect(view.callback_id).to.equal(views.book);
    expect(allText(form)).to.include('Sitzung buchen');
    expect(allText(form)).to.include('Januar 2030:* 0 von 4 genutzt, 4 übrig');
    expect(allText(form)).to.include('Donnerstag, 10. Januar');
    expect(selectOptions(form, 'slot').map((o) => o.text)).to.deep.equal(['11:00–11:50 MEZ', '13:00–13:50 MEZ', '15:00–15:50 MEZ']);
    expect(JSON.stringify(view)).to.include('"text":"Buchen"');
  });

  it('the American employee’s booking form: a 12-hour clock in their zone', async () => {
    const form = await bookingForm('UEMP2');
    expect(allText(form)).to.include('Book a session');
    expect(allText(form)).to.include('Thursday, January 10');
    const labels = selectOptions(form, 'slot').map((o) => o.text);
    expect(labels[0]).to.match(/^5:00\sAM–5:50\sAM EST$/u);
  });

  it('the German employee books: their App Home is German; the British therapist’s thread message stays English', async () => {
    const slotId = String(h.world.slots[0]!._id);
    const posted = h.stub.callsTo('chat.postMessage').length;
    const res = await h.post(viewSubmission({ user: 'UEMP1', callbackId: views.book, values: state.select('slot', slotId) as never }));
    expect(res.body).to.equal('');

    await h.post(appHomeOpened('UEMP1'));
    const employeeHome = allText(publishedHome('UEMP1'));
    expect(employeeHome).to.include('Ihre Wellbeing-Sitzungen');
    expect(employeeHome).to.include('Do., 10. Jan. 2030, 11:00–11:50 MEZ');
    expect(employeeHome).to.include('Zeiten werden in Ihrer Zeitzone angezeigt (Europe/Berlin).');
    expect(employeeHome).to.include('Verschieben');
    expect(employeeHome).to.include('*So funktioniert es*');
    expect(employeeHome).to.not.include('Your wellbeing sessions');

    const toChannel = h.stub
      .callsTo('chat.postMessage')
      .slice(posted)
      .filter((c) => c.body.channel === h.world.channel.channelId);
    expect(toChannel.length, 'the therapist was told in their channel').to.be.greaterThan(0);
    const thread = toChannel.map((c) => allText(c)).join('\n');
    expect(thread).to.include('Thu 10 Jan 2030, 10:00–10:50 GMT');
    expect(thread).to.not.match(/Sitzung|MEZ|Januar|Do\./);

    await h.post(appHomeOpened('UTHERAPIST'));
    const therapistHome = allText(publishedHome('UTHERAPIST'));
    expect(therapistHome).to.include('Your upcoming sessions');
    expect(therapistHome).to.include('Thu 10 Jan 2030, 10:00–10:50 GMT');
  });
});
