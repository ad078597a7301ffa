// Speaking each reader's language on Teams, over the real Bot Framework contract (activities to /api/messages, the
// connector stand-in as serviceUrl): a German employee reads the booking card and their sessions in German with
// German dates, an American employee reads a 12-hour clock, and their British therapist's thread stays English.
import { expect } from 'chai';
import { wordsFor } from '../../src/i18n/words.js';
import { cardInvoke, personalMessage, type TeamsUser } from '../support/teams-activities.js';
import { answerCard, pickSlot, slotChoices } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

describe('i18n on Teams: each reader in their own language and clock', () => {
  let h: TeamsHarness;
  const german = { zone: 'Europe/Berlin', locale: 'de' as const };
  const american = { zone: 'America/New_York', locale: 'en-US' as const };

  before(async () => {
    h = await openTeamsHarness('i18n_teams', { world: { employees: 2, slotCount: 4 } });
    // An operator's setting for each (learning the language from Teams is the turn's, tested elsewhere).
    const set = (index: number, fields: { language: string; zone: string }) =>
      h.db.models.Person.updateOne({ _id: h.world.employees[index]?.personId }, { $set: fields });
    await set(0, { language: 'de', zone: german.zone });
    await set(1, { language: 'en-US', zone: american.zone });
  });
  after(async () => h?.close());

  /** The card the bot answered a 1:1 message with. */
  async function cardFor(user: TeamsUser, text: string): Promise<Record<string, unknown>> {
    h.connector.reset();
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text }));
    const card = TeamsConnectorStub.card(h.connector.sent(`a:personal-${user.aadObjectId}`)[0]);
    if (!card) throw new Error(`no card answered "${text}"`);
    return card;
  }

  it('a German employee books in German: labels, buttons, dates and the sessions card', async () => {
    const user = h.employee(0);
    const book = await cardFor(user, 'book');
    const json = JSON.stringify(book);
    for (const label of ['Sitzung buchen', 'Freie Termine (Europe/Berlin)', '"title":"Buchen"', '"title":"Zurück"'])
      expect(json).to.contain(label);
    expect(json).to.not.match(/Book a session|Open times|"Back"/);
    const w = wordsFor(german);
    const first = h.world.slots[0];
    if (!first) throw new Error('no slot');
    const choices = slotChoices(book);
    expect(choices[0]?.title).to.equal(w.span({ start: first.start, end: first.end }));
    // German weekday and month abbreviations, 24-hour clock, the German zone name.
    expect(choices[0]?.title).to.match(/^(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. Jan\. 2030, \d{2}:\d{2}–\d{2}:\d{2} MEZ$/);

    const booked = answerCard(
      await h.post(
        cardInvoke({ serviceUrl: h.serviceUrl, user, verb: 'book.submit', data: pickSlot(book, 'book.submit', String(first._id)) }),
      ),
    );
    const home = JSON.stringify(booked);
    for (const label of ['Ihre Wellbeing-Sitzungen', 'Anstehend', 'Januar 2030', '"title":"Verschieben"', '"title":"Absagen"'])
      expect(home).to.contain(label);
    expect(home).to.contain(w.span({ start: first.start, end: first.end }));
  });

  it('their British therapist reads the booking in English, in the house style', async () => {
    // The notices of the booking above went to the client's thread in the therapist's channel.
    const thread = [...h.connector.created(), ...h.connector.sent()].filter((c) => !c.conversationId.startsWith('a:'));
    expect(thread.length).to.be.greaterThan(0);
    const text = thread.map((c) => TeamsConnectorStub.textOf(c)).join('\n');
    expect(text).to.match(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} Jan 2030, \d{2}:\d{2}–\d{2}:\d{2} GMT/);
    expect(text).to.contain('"title":"Offer times"');
    expect(text).to.not.match(/Sitzung|Termin|MEZ|Januar/);
  });

  it('an American employee reads the open times on a 12-hour clock', async () => {
    const book = await cardFor(h.employee(1), 'book');
    const titles = slotChoices(book).map((c) => c.title);
    expect(titles.length).to.be.greaterThan(0);
    for (const title of titles) expect(title).to.match(/\d{1,2}:\d{2}\s?[AP]M E[SD]T$/);
    expect(JSON.stringify(book)).to.contain('Open times (America/New_York)');
  });

  it('help, in German: the commands keep their words and are described in German', async () => {
    const help = JSON.stringify(await cardFor(h.employee(0), 'help'));
    expect(help).to.contain('Hallo');
    expect(help).to.contain('"title":"book","value":"Eine Sitzung zu einem freien Termin buchen"');
    expect(help).to.contain('Meine Sitzungen');
  });
});
