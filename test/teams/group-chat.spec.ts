// Never reveal use of the service to a group (docs/design.md §10): added to a group chat, the bot posts a neutral
// note that names nobody, never the personal welcome ("Hello <name> … your therapist").
import { expect } from 'chai';
import { wordsFor } from '../../src/i18n/words.js';
import { groupChatNote } from '../../src/teams/group-note.js';
import { personalInstall } from '../support/teams-activities.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

describe('teams: added to a group chat', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_group_chat', { world: { employees: 1 } });
  });
  after(async () => h?.close());

  it('posts a neutral note that names nobody and mentions no therapist, even when an employee added it', async () => {
    const user = h.employee(0);
    const groupId = '19:group-chat-1@thread.v2';
    const added = {
      ...personalInstall({ serviceUrl: h.serviceUrl, user }),
      conversation: { id: groupId, conversationType: 'groupChat', isGroup: true, tenantId: 'tenant-test' },
    };
    expect((await h.post(added)).status).to.equal(200);
    const sent = h.connector.sent(groupId);
    expect(sent).to.have.length(1);
    const text = TeamsConnectorStub.textOf(sent[0]);
    expect(text).to.include(groupChatNote(wordsFor({ zone: 'UTC', locale: 'en-GB' })));
    expect(text).to.not.match(/Employee 1|Hello Employee|therapist|privately/i);
  });

  it('a personal chat still gets the personal welcome', async () => {
    const user = h.employee(0);
    expect((await h.post(personalInstall({ serviceUrl: h.serviceUrl, user }))).status).to.equal(200);
    const card = JSON.stringify(TeamsConnectorStub.card(h.connector.sent(`a:personal-${user.aadObjectId}`).at(-1)));
    expect(card).to.contain('Hello Employee 1');
  });
});
