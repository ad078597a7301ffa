// Where each reader's language comes from: the Teams client's `activity.locale` on each turn, Slack's `users.info`
// locale (asked after the answer, again only once a week old, once under a burst), an operator's `set-language` for
// a person or an organisation, and British English otherwise; the precedence between them; and that a subject
// access export shows them and erasure removes them.
import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import sinon from 'sinon';
import type { TurnContext } from 'botbuilder';
import { Types } from 'mongoose';
import { matchLocale, readerLocale } from '../../src/i18n/locales.js';
import { createLogger } from '../../src/log.js';
import { commands } from '../../src/slack/ids.js';
import { startTurn, type TeamsDeps } from '../../src/teams/turn.js';
import type { PersonDoc } from '../../src/store/models.js';
import { openCliHarness, type CliHarness } from '../cli/harness.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { eventCallback, messageEvent, postSigned, slashCommand } from '../support/slack-requests.js';
import { personalMessage } from '../support/teams-activities.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

const DAY = 24 * 3_600_000;

async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(done(), 'waited 2 s').to.equal(true);
}

describe('i18n: where a reader’s language comes from', () => {
  describe('matching a platform’s tag to a language spoken', () => {
    const cases: [string | null, string | null][] = [
      ['de-AT', 'de'],
      ['de-de', 'de'],
      ['en-AU', 'en-GB'],
      ['en-GB', 'en-GB'],
      ['en-US', 'en-US'],
      ['en_US', 'en-US'],
      ['fr-CA', 'fr'],
      ['nl-BE', 'nl'],
      ['es-419', 'es'],
      ['pt-BR', null],
      ['', null],
      [null, null],
    ];
    for (const [tag, locale] of cases) it(`${String(tag)} → ${String(locale)}`, () => expect(matchLocale(tag)).to.equal(locale));
  });

  it('takes the person’s own setting, else their platform’s, else their organisation’s, else British English', () => {
    const all = { language: 'nl', platformLocale: 'de-DE', orgLanguage: 'fr' };
    expect(readerLocale(all)).to.equal('nl');
    expect(readerLocale({ ...all, language: null })).to.equal('de');
    expect(readerLocale({ ...all, language: null, platformLocale: 'pt-BR' })).to.equal('fr');
    expect(readerLocale({ ...all, language: null, platformLocale: null })).to.equal('fr');
    expect(readerLocale({})).to.equal('en-GB');
    expect(readerLocale({ platformLocale: 'pt-BR' })).to.equal('en-GB');
    expect(readerLocale({ language: 'en-XA', platformLocale: 'de-DE' })).to.equal('en-XA');
  });

  describe('Teams: the client’s activity.locale', () => {
    let h: TeamsHarness;
    before(async () => (h = await openTeamsHarness('i18n_teams_locale')));
    after(() => h.close());

    const personOf = async (userId: string) =>
      (await h.db.models.Person.findOne({ 'identity.userId': userId }).lean<PersonDoc>().exec()) as PersonDoc;

    it('is learned on a turn and used for that turn’s actor; the same locale again writes nothing', async () => {
      const user = h.employee();
      const activity = { ...personalMessage({ serviceUrl: h.serviceUrl, user, text: 'sessions' }), locale: 'de-DE' };
      const deps = { services: h.app.services, log: createLogger('silent') } as unknown as TeamsDeps;
      const turn = await startTurn(deps, { activity } as unknown as TurnContext);
      expect(turn.actor?.locale).to.equal('de');
      const learned = await personOf(user.aadObjectId);
      expect([learned.platformLocale, learned.platformLocaleAt?.toISOString()]).to.deep.equal(['de-DE', h.now().toISOString()]);

      // Through the app: the next reply's actor reads German, and an unchanged locale is not written again.
      h.setNow(new Date(h.now().getTime() + DAY));
      await h.post({ ...personalMessage({ serviceUrl: h.serviceUrl, user, text: 'help' }), locale: 'de-DE' });
      expect((await personOf(user.aadObjectId)).platformLocaleAt?.toISOString()).to.equal(learned.platformLocaleAt?.toISOString());
      expect((await h.services.directory.whoIs(h.world.employees[0]!.identity))?.locale).to.equal('de');
    });

    it('a new locale replaces the old at once, the directory’s memory of the person included', async () => {
      const user = h.employee();
      const id = String((await personOf(user.aadObjectId))._id);
      const directory = h.app.services.context.store.directory;
      expect(readerLocale((await directory.counterpartsOf([id]))[0]!)).to.equal('de');
      await h.post({ ...personalMessage({ serviceUrl: h.serviceUrl, user, text: 'help' }), locale: 'en-US' });
      expect(readerLocale((await directory.counterpartsOf([id]))[0]!)).to.equal('en-US');
      expect((await h.services.directory.whoIs(h.world.employees[0]!.identity))?.locale).to.equal('en-US');
    });

    it('ignores a locale that is no language tag', async () => {
      const user = h.employee(1);
      await h.post({ ...personalMessage({ serviceUrl: h.serviceUrl, user, text: 'help' }), locale: '<script>' });
      expect((await personOf(user.aadObjectId)).platformLocale).to.equal(null);
    });
  });

  describe('Slack: users.info with include_locale', () => {
    let h: SlackHarness;
    let logged = '';
    before(async () => {
      const sink = new PassThrough();
      sink.on('data', (d: Buffer) => (logged += d.toString()));
      h = await openSlackHarness('i18n_slack_locale', { log: createLogger('warn', sink) });
    });
    after(() => h.close());

    const overview = (user: string) =>
      h.post(slashCommand({ command: commands.wellbeing, text: '', user, channel: `D${user}`, responseUrl: h.stub.responseUrl() }));
    const asks = (user: string) =>
      h.stub.callsTo('users.info').filter((c) => c.body.user === user && String(c.body.include_locale) === 'true');
    const personOf = async (userId: string) =>
      (await h.db.models.Person.findOne({ 'identity.userId': userId }).lean<PersonDoc>().exec()) as PersonDoc;

    it('is asked after the answer, once under a burst of requests, and remembered with when it was learned', async () => {
      h.stub.locales.set('UEMP1', 'de-DE');
      const answers = await Promise.all(Array.from({ length: 6 }, () => overview('UEMP1')));
      expect(answers.map((a) => a.status)).to.deep.equal([200, 200, 200, 200, 200, 200]);
      expect(asks('UEMP1')).to.have.length(1);
      const person = await personOf('UEMP1');
      expect([person.platformLocale, person.platformLocaleAt?.toISOString()]).to.deep.equal(['de-DE', h.now().toISOString()]);
      expect((await h.services.directory.whoIs(h.world.employees[0]!.identity))?.locale).to.equal('de');
    });

    it('never holds up an answer: the request is answered while Slack has not answered the ask yet', async () => {
      const hr = h.world.hr.identity.userId;
      const release = h.stub.hold('users.info');
      const request = slashCommand({
        command: commands.wellbeing,
        text: '',
        user: hr,
        channel: `D${hr}`,
        responseUrl: h.stub.responseUrl(),
      });
      const answer = await postSigned(h.url, request);
      expect(answer.status).to.equal(200);
      await waitFor(() => asks(hr).length === 1);
      expect((await personOf(hr)).platformLocale).to.equal(null);
      release();
      await h.app.idle();
      expect((await personOf(hr)).platformLocale).to.equal('en-GB');
    });

    it('never keeps a request in flight while its after-answer work runs (the admission bound counts answers, not that work)', async () => {
      // The relay of a DM is after-answer work: held, it keeps running while the next request arrives.
      const release = h.stub.hold('chat.postMessage');
      const dm = (user: string, text: string) =>
        postSigned(h.url, eventCallback(messageEvent({ user, text, channel: `D${user}`, channelType: 'im' })));
      expect((await dm('UEMP1', 'first, held')).status).to.equal(200);
      await waitFor(() => h.stub.callsTo('chat.postMessage').length > 0);
      expect(h.app.admission.inFlight, 'requests in flight once the first is answered').to.equal(0);
      release();
      await h.app.idle();
    });

    it('is asked again only once the remembered locale is a week old', async () => {
      h.setNow(new Date(h.now().getTime() + 6 * DAY));
      await Promise.all([overview('UEMP1'), overview('UEMP1')]);
      expect(asks('UEMP1')).to.have.length(1);
      h.stub.locales.set('UEMP1', 'en-US');
      h.setNow(new Date(h.now().getTime() + 1 * DAY + 60_000));
      await Promise.all([overview('UEMP1'), overview('UEMP1'), overview('UEMP1')]);
      expect(asks('UEMP1')).to.have.length(2);
      const person = await personOf('UEMP1');
      expect([person.platformLocale, person.platformLocaleAt?.toISOString()]).to.deep.equal(['en-US', h.now().toISOString()]);
      await overview('UEMP1');
      expect(asks('UEMP1')).to.have.length(2);
    });

    it('a failed ask (a missing scope) changes nothing and is logged once, naming nobody', async () => {
      const before = await h.db.models.Person.findOne({ 'identity.userId': 'UEMP2' }).lean().exec();
      h.stub.fail('users.info', { error: 'missing_scope' }, 5);
      logged = '';
      await Promise.all([overview('UEMP2'), overview('UEMP2')]);
      expect(asks('UEMP2')).to.have.length(1);
      expect(await h.db.models.Person.findOne({ 'identity.userId': 'UEMP2' }).lean().exec()).to.deep.equal(before);
      const lines = logged.split('\n').filter((l) => l.includes('missing_scope'));
      expect(lines).to.have.length(1);
      expect(lines[0]).to.not.include('UEMP2');
      // Not asked again within the week, so not logged again either.
      await overview('UEMP2');
      expect(asks('UEMP2')).to.have.length(1);
    });
  });

  describe('the operator’s set-language', () => {
    let h: CliHarness;
    before(async () => {
      h = await openCliHarness('i18n_set_language');
      await h.run('create-org', '--id', 'acme', '--name', 'Acme', '--zone', 'Europe/London', '--allowance', '4');
      await h.run('create-org', '--id', 'globex', '--name', 'Globex', '--zone', 'Europe/Paris', '--allowance', '4');
      for (const [org, user] of [
        ['acme', 'UA1'],
        ['acme', 'UA2'],
        ['globex', 'UG1'],
      ] as const)
        expect(
          await h.run(
            'add-hr',
            '--org',
            org,
            '--name',
            `HR ${user}`,
            '--zone',
            'Europe/London',
            '--platform',
            'slack',
            '--workspace',
            `T${org}`,
            '--user',
            user,
          ),
        ).to.equal(0);
    });
    after(() => h.close());

    const person = async (user: string) =>
      (await h.db.models.Person.findOne({ 'identity.userId': user }).lean<PersonDoc>().exec()) as PersonDoc;
    const directory = () => h.services.context.store.directory;

    it('sets a person’s language by identity or id, audited, seen at once by this process; default removes it', async () => {
      const id = String((await person('UA1'))._id);
      expect(readerLocale((await directory().counterpartsOf([id]))[0]!)).to.equal('en-GB');
      expect(await h.run('set-language', '--person', 'slack:Tacme:UA1', '--language', 'DE')).to.equal(0);
      expect(h.out.join('\n')).to.include('de (Deutsch)');
      expect((await person('UA1')).language).to.equal('de');
      expect(readerLocale((await directory().counterpartsOf([id]))[0]!)).to.equal('de');
      const audit = await h.db.models.AuditEvent.findOne({ action: 'person.language_set', subjectId: id }).lean().exec();
      expect(audit?.details).to.deep.equal({ language: 'de' });

      expect(await h.run('set-language', '--person', id, '--language', 'en-xa')).to.equal(0);
      expect((await person('UA1')).language).to.equal('en-XA');
      expect(await h.run('set-language', '--person', id, '--language', 'default')).to.equal(0);
      expect((await person('UA1')).language).to.equal(null);
      expect(await h.run('set-language', '--person', id, '--language', 'nl')).to.equal(0);
      expect(await h.run('set-language', '--person', id, '--clear')).to.equal(0);
      expect((await person('UA1')).language).to.equal(null);
    });

    it('refuses a language not spoken, naming the spoken ones, and a person of another organisation; nothing changes', async () => {
      expect(await h.run('set-language', '--person', 'slack:Tacme:UA1', '--language', 'pt-BR')).to.equal(1);
      const refusal = h.err.join('\n');
      for (const spoken of ['en-GB', 'en-US', 'de (Deutsch)', 'fr (Français)', 'es (Español)', 'nl (Nederlands)', 'en-XA'])
        expect(refusal).to.include(spoken);
      expect(await h.run('set-language', '--person', 'slack:Tglobex:UG1', '--org', 'acme', '--language', 'de')).to.equal(1);
      expect(await h.run('set-language', '--person', new Types.ObjectId().toHexString(), '--language', 'de')).to.equal(1);
      expect(await h.run('set-language', '--org', 'nowhere', '--language', 'de')).to.equal(1);
      expect((await person('UA1')).language).to.equal(null);
      expect((await person('UG1')).language).to.equal(null);
      expect(await h.run('set-language', '--person', 'slack:Tacme:UA1')).to.equal(2);
      expect(await h.run('set-language', '--language', 'de')).to.equal(2);
    });

    it('sets an organisation’s language on it and every one of its people, and on people added later; clears it', async () => {
      const acmeIds = [String((await person('UA1'))._id), String((await person('UA2'))._id)];
      expect((await directory().organisation('acme'))?.language ?? null).to.equal(null);
      await directory().counterpartsOf(acmeIds);
      expect(await h.run('set-language', '--org', 'acme', '--language', 'fr')).to.equal(0);
      expect(h.out.join('\n')).to.include('fr (Français)').and.include('2 people');
      expect((await directory().organisation('acme'))?.language).to.equal('fr');
      expect((await directory().counterpartsOf(acmeIds)).map(readerLocale)).to.deep.equal(['fr', 'fr']);
      expect((await person('UG1')).orgLanguage).to.equal(null);
      expect(await h.db.models.AuditEvent.countDocuments({ action: 'organisation.language_set', subjectId: 'acme' })).to.equal(1);

      await h.run(
        'add-hr',
        '--org',
        'acme',
        '--name',
        'HR UA3',
        '--zone',
        'Europe/London',
        '--platform',
        'slack',
        '--workspace',
        'Tacme',
        '--user',
        'UA3',
      );
      expect((await person('UA3')).orgLanguage).to.equal('fr');
      // A person's own setting still comes first.
      await h.run('set-language', '--person', 'slack:Tacme:UA2', '--language', 'es');
      expect(readerLocale(await person('UA2'))).to.equal('es');

      expect(await h.run('set-language', '--org', 'acme', '--clear')).to.equal(0);
      expect((await directory().organisation('acme'))?.language).to.equal(null);
      expect(await h.db.models.Person.countDocuments({ orgId: 'acme', orgLanguage: { $ne: null } })).to.equal(0);
    });

    it('a run killed between the organisation and its people leaves no one wrong for long: running it again finishes it', async () => {
      const killed = new Error('killed before the copy onto its people');
      const copy = sinon.stub(h.db.models.Person, 'updateMany').returns({ exec: () => Promise.reject(killed) } as never);
      try {
        await h.run('set-language', '--org', 'globex', '--language', 'de').then(
          () => expect.fail('the run should have died'),
          (err: Error) => expect(err.message).to.equal('killed before the copy onto its people'),
        );
      } finally {
        copy.restore();
      }
      // The organisation has its language; its people read as before until the copy; one added now has it already.
      expect((await directory().organisation('globex'))?.language).to.equal('de');
      expect((await person('UG1')).orgLanguage ?? null).to.equal(null);
      await h.run(
        'add-hr',
        '--org',
        'globex',
        '--name',
        'HR UG2',
        '--zone',
        'Europe/Paris',
        '--platform',
        'slack',
        '--workspace',
        'Tglobex',
        '--user',
        'UG2',
      );
      expect((await person('UG2')).orgLanguage).to.equal('de');
      expect(await h.run('set-language', '--org', 'globex', '--language', 'de')).to.equal(0);
      expect([(await person('UG1')).orgLanguage, (await person('UG2')).orgLanguage]).to.deep.equal(['de', 'de']);
      expect(await h.run('set-language', '--org', 'globex', '--clear')).to.equal(0);
      expect(await h.db.models.Person.countDocuments({ orgId: 'globex', orgLanguage: { $ne: null } })).to.equal(0);
    });

    it('is listed in the help', async () => {
      expect(await h.run('help')).to.equal(0);
      expect(h.out.join('\n')).to.match(/set-language\s+set/);
    });

    it('exports the person’s language and platform locale, and erasure removes them', async () => {
      await h.run('set-language', '--person', 'slack:Tglobex:UG1', '--language', 'nl');
      const actor = await h.services.directory.whoIs({ platform: 'slack', workspaceId: 'Tglobex', userId: 'UG1' });
      await h.services.directory.learnLocale(actor!, 'nl-BE');
      const exported = await h.services.admin.exportPerson(await person('UG1'), null);
      expect([exported.person.language, exported.person.platformLocale]).to.deep.equal(['nl', 'nl-BE']);
      const erased = await h.services.admin.erasePerson(await person('UG1'), null);
      expect(erased.ok).to.equal(true);
      const tombstone = await h.db.models.Person.findById(exported.person._id).lean<PersonDoc>().exec();
      expect([tombstone?.language, tombstone?.platformLocale, tombstone?.platformLocaleAt]).to.deep.equal([null, null, null]);
    });
  });
});
