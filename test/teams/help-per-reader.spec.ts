// Each reader sees their own help (issue 18, item 3): a table over reader (employee, therapist, HR admin, operator,
// and people with several roles) × platform × surface (Slack: App Home, the /wellbeing reply, the bot's DM; Teams:
// the 1:1 chat, a channel), through one app serving both platforms. Each help must mention the reader's own
// commands and never a command or sentence meant for another reader; every assertion names the reader. And an
// employee's command from someone with no use for it (an HR admin's `sessions`) says kindly what they can do instead.
import { expect } from 'chai';
import { helpWording } from '../../src/domain/help.js';
import type { Role } from '../../src/domain/types.js';
import type { RecordedCall } from '../support/slack-api-stub.js';
import { allText, viewOf } from '../support/slack-inspect.js';
import { appHomeOpened, eventCallback, messageEvent, slashCommand } from '../support/slack-requests.js';
import { cardInvoke, channelMessage, personalMessage, teamsUser } from '../support/teams-activities.js';
import { answerCard } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

interface Reader {
  name: string;
  roles: Role[];
}

const readers: Reader[] = [
  { name: 'employee', roles: ['employee'] },
  { name: 'therapist', roles: ['therapist'] },
  { name: 'HR admin', roles: ['hr_admin'] },
  { name: 'operator', roles: ['operator'] },
  { name: 'employee who is also an HR admin', roles: ['employee', 'hr_admin'] },
  { name: 'therapist who is also an HR admin', roles: ['therapist', 'hr_admin'] },
  { name: 'HR admin who is also an operator', roles: ['hr_admin', 'operator'] },
];

/** Something one or more roles are told, and no one else. */
interface Mark {
  text: string;
  roles: Role[];
}

const has = (reader: Reader, mark: Mark) => mark.roles.some((r) => reader.roles.includes(r));

const slackMarks: Mark[] = [
  { text: '/wellbeing book', roles: ['employee'] },
  { text: 'pass it privately to your therapist', roles: ['employee'] },
  { text: helpWording(GB).changeTakesEffect, roles: ['employee'] },
  { text: '/wellbeing-availability', roles: ['therapist'] },
  { text: '/wellbeing link https://', roles: ['therapist'] },
  { text: '/wellbeing hours Mon-Fri', roles: ['therapist'] },
  { text: 'Reply in a client’s thread', roles: ['therapist'] },
  { text: '/wellbeing-usage', roles: ['hr_admin'] },
  { text: '/wellbeing-link @therapist', roles: ['hr_admin', 'operator'] },
];

/** The commands each role's Teams 1:1 help lists (`help` is everyone's). */
const teamsCommands: Record<Role, string[]> = {
  employee: ['sessions', 'book', 'reschedule', 'cancel', 'change therapist'],
  therapist: ['sessions', 'availability', 'link', 'hours', 'notice', 'away'],
  hr_admin: ['usage'],
  operator: [],
};

const teamsChatMarks: Mark[] = [
  { text: 'I connect you privately with your therapist', roles: ['employee'] },
  { text: 'Your upcoming sessions and allowance', roles: ['employee'] },
  { text: helpWording(GB).privacy.employee, roles: ['employee'] },
  { text: 'Each client has a thread in your channel', roles: ['therapist'] },
  { text: 'Your week', roles: ['therapist'] },
  { text: 'link https://', roles: ['therapist'] },
  { text: helpWording(GB).privacy.therapist, roles: ['therapist'] },
  { text: 'usage [YYYY-MM] [department]', roles: ['hr_admin'] },
  { text: helpWording(GB).privacy.hr_admin, roles: ['hr_admin'] },
  { text: 'link @therapist', roles: ['hr_admin', 'operator'] },
  { text: helpWording(GB).privacy.operator, roles: ['operator'] },
];

const teamsChannelMarks: Mark[] = [
  { text: 'In your channel each client has their own thread', roles: ['therapist'] },
  { text: '**availability**', roles: ['therapist'] },
  { text: 'link https://', roles: ['therapist'] },
  { text: '**link @therapist**', roles: ['hr_admin', 'operator'] },
  { text: 'I only show and change sessions in your 1:1 chat', roles: ['employee'] },
];

/** What the manifest's one command menu says to everybody, which no reader's own help may repeat. */
const everybodysWords = ['Therapists:', 'HR: usage', 'Admins:'];

function expectOnly(reader: Reader, where: string, text: string, marks: Mark[]): void {
  for (const mark of marks) {
    if (has(reader, mark)) expect(text, `${reader.name}, ${where}: should mention "${mark.text}"`).to.include(mark.text);
    else expect(text, `${reader.name}, ${where}: says "${mark.text}", meant for ${mark.roles.join(' / ')}`).not.to.include(mark.text);
  }
  for (const words of everybodysWords) expect(text, `${reader.name}, ${where}: the manifest's "${words}"`).not.to.include(words);
}

describe('help for each reader, on Slack and Teams', () => {
  let h: TeamsHarness;
  const slackId = (i: number) => `USREADER${i}`;
  const teamsId = (i: number) => `teams-reader-${i}`;

  before(async function () {
    this.timeout(60_000);
    h = await openTeamsHarness('help_per_reader', { slack: true, world: { employees: 1, slotCount: 2 } });
    const therapist = h.world.therapist.identity;
    for (const [i, reader] of readers.entries()) {
      const [role = 'employee', ...extraRoles] = reader.roles;
      const person = (platform: 'slack' | 'teams', userId: string, workspaceId: string) => ({
        orgId: h.world.orgId,
        displayName: `Reader ${i}`,
        role,
        extraRoles,
        zone: 'Europe/London',
        identity: { platform, workspaceId, userId },
        ...(reader.roles.includes('employee') ? { department: 'Engineering', therapist } : {}),
      });
      for (const added of [
        await h.services.admin.addPerson(person('slack', slackId(i), 'T0TEST')),
        await h.services.admin.addPerson(person('teams', teamsId(i), 'tenant-test')),
      ])
        if (!added.ok) throw new Error(`fixture refused: ${added.error}`);
    }
  });
  after(() => h?.close());
  beforeEach(() => {
    h.slack?.reset();
    h.connector.reset();
  });

  const slack = () => {
    if (!h.slack) throw new Error('no Slack stand-in');
    return h.slack;
  };

  describe('Slack', () => {
    for (const [i, reader] of readers.entries()) {
      it(`${reader.name}: App Home`, async () => {
        await h.postSlack(appHomeOpened(slackId(i)));
        const publish = slack()
          .callsTo('views.publish')
          .filter((c) => c.body.user_id === slackId(i))
          .at(-1);
        const text = allText(publish);
        expectOnly(reader, 'Slack App Home', text, slackMarks);
        const therapistOnly = reader.roles.includes('therapist') && !reader.roles.includes('employee');
        expect(
          text.includes('On this Home tab'),
          `${reader.name}, Slack App Home: "On this Home tab" only above a therapist's sessions`,
        ).to.equal(therapistOnly);
        expect(viewOf(publish).blocks.length, `${reader.name}: a Home tab`).to.be.greaterThan(0);
      });

      it(`${reader.name}: the /wellbeing reply`, async () => {
        await h.postSlack(
          slashCommand({ command: '/wellbeing', user: slackId(i), channel: 'CGENERAL', responseUrl: slack().responseUrl() }),
        );
        const reply = slack().lastCall('response_url') as RecordedCall;
        const text = allText(reply);
        expectOnly(reader, 'Slack /wellbeing reply', text, slackMarks);
        expect(text, `${reader.name}, Slack /wellbeing reply: a slash reply is not the Home tab`).not.to.include('this Home tab');
        const employee = reader.roles.includes('employee');
        expect(reply.body.text, `${reader.name}, Slack /wellbeing notification`).to.equal(
          employee ? 'Your wellbeing sessions' : 'What you can do with the wellbeing assistant',
        );
        expect(text.includes('the buttons above'), `${reader.name}, Slack /wellbeing reply: buttons only above an overview`).to.equal(
          employee,
        );
      });

      // An employee's DM goes to their therapist; everyone else is answered with their help.
      if (!reader.roles.includes('employee'))
        it(`${reader.name}: a direct message to the bot`, async () => {
          const channel = `D${slackId(i).slice(1)}`;
          await h.postSlack(eventCallback(messageEvent({ user: slackId(i), text: 'hello', channel, channelType: 'im' })));
          const answer = slack()
            .callsTo('chat.postMessage')
            .filter((c) => c.body.channel === channel)
            .at(-1);
          const text = allText(answer);
          expectOnly(reader, 'Slack DM', text, slackMarks);
          expect(text, `${reader.name}, Slack DM: not the Home tab`).not.to.include('this Home tab');
        });
    }
  });

  describe('Teams', () => {
    const chatOf = (i: number) => `a:personal-${teamsId(i)}`;
    for (const [i, reader] of readers.entries()) {
      const user = teamsUser(teamsId(i), `Reader ${i}`);

      it(`${reader.name}: help in the 1:1 chat`, async () => {
        await h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text: 'help' }));
        const call = h.connector.sent(chatOf(i)).at(-1);
        const text = TeamsConnectorStub.textOf(call);
        expectOnly(reader, 'Teams 1:1 help', text, teamsChatMarks);
        const facts = JSON.stringify(TeamsConnectorStub.card(call)).match(/"title":"[^"]+","value"/g) ?? [];
        const listed = facts.map((f) => f.replace(/^"title":"([^"]+)".*$/, '$1'));
        const own = ['help', ...new Set(reader.roles.flatMap((r) => teamsCommands[r]))];
        expect([...listed].sort(), `${reader.name}, Teams 1:1 help: their own commands, each once`).to.deep.equal([...own].sort());
      });

      it(`${reader.name}: help when they mention the bot in a channel`, async () => {
        await h.post(channelMessage({ serviceUrl: h.serviceUrl, user, channelId: h.channelId, text: 'help', mentionBot: true }));
        const text = TeamsConnectorStub.textOf(h.connector.sent(h.channelId).at(-1));
        expectOnly(reader, 'Teams channel help', text, teamsChannelMarks);
        expect(text, `${reader.name}, Teams channel help`).to.include('**help**');
      });
    }
  });

  describe('an employee’s command from someone with no use for it', () => {
    const hrOnly = readers.findIndex((r) => r.name === 'HR admin');
    const therapistOnly = readers.findIndex((r) => r.name === 'therapist');

    it('Teams: an HR admin typing sessions, book, reschedule or cancel is told why and what they can do, never the employee card', async () => {
      const user = teamsUser(teamsId(hrOnly), 'HR');
      for (const command of ['sessions', 'book', 'reschedule', 'cancel']) {
        await h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text: command }));
        const text = TeamsConnectorStub.textOf(h.connector.sent(`a:personal-${teamsId(hrOnly)}`).at(-1));
        expect(text, `HR admin, Teams ${command}`).to.include("You're set up here as an HR admin, not as an employee");
        expect(text, `HR admin, Teams ${command}`).to.include('ask your wellbeing provider to add you as an employee');
        expect(text, `HR admin, Teams ${command}: their own command`).to.include('usage [YYYY-MM] [department]');
        expect(text, `HR admin, Teams ${command}`).not.to.include("You don't have a therapist assigned yet");
        expect(text, `HR admin, Teams ${command}`).not.to.include('Your wellbeing sessions');
        expect(text, `HR admin, Teams ${command}: no button to sessions they do not have`).not.to.include('Show my sessions');
      }
    });

    it('Teams: an HR admin clicking Show my sessions on a card kept from before gets the same answer', async () => {
      const answer = await h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: teamsUser(teamsId(hrOnly), 'HR'), verb: 'home' }));
      const text = JSON.stringify(answerCard(answer));
      expect(text, 'HR admin, Teams home verb').to.include("You're set up here as an HR admin, not as an employee");
      expect(text, 'HR admin, Teams home verb').not.to.include("You don't have a therapist assigned yet");
    });

    it('Teams: a therapist typing book is pointed to their clients, and sessions still shows their week', async () => {
      const user = teamsUser(teamsId(therapistOnly), 'Therapist');
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text: 'book' }));
      const chat = `a:personal-${teamsId(therapistOnly)}`;
      expect(TeamsConnectorStub.textOf(h.connector.sent(chat).at(-1)), 'therapist, Teams book').to.include('Booking is for your clients');
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text: 'sessions' }));
      const week = TeamsConnectorStub.textOf(h.connector.sent(chat).at(-1));
      expect(week, 'therapist, Teams sessions').not.to.include('Booking is for your clients');
      expect(week, 'therapist, Teams sessions').not.to.include("You don't have a therapist assigned yet");
    });

    it('Slack: an HR admin’s /wellbeing book, reschedule or cancel opens what they can do, never a therapist they lack', async () => {
      for (const purpose of ['book', 'reschedule', 'cancel']) {
        slack().reset();
        await h.postSlack(
          slashCommand({
            command: '/wellbeing',
            text: purpose,
            user: slackId(hrOnly),
            channel: 'CGENERAL',
            responseUrl: slack().responseUrl(),
          }),
        );
        const modal = slack().lastCall('views.update');
        const text = allText(modal);
        expect(text, `HR admin, Slack /wellbeing ${purpose}`).to.include("You're set up here as an HR admin, not as an employee");
        expect(text, `HR admin, Slack /wellbeing ${purpose}: their own command`).to.include('/wellbeing-usage');
        expect(text, `HR admin, Slack /wellbeing ${purpose}`).not.to.include("You don't have a therapist assigned yet");
      }
    });
  });
});
