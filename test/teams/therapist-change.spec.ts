// Changing therapist over Bot Framework activities (issue 19, §6): `change therapist` in the employee's 1:1 chat asks
// privately (nothing reaches the therapist's thread; asking again answers the same); "change of plans" is a message
// for the therapist; after the operator's reassignment the employee is told in their chat and their next message
// opens a reply chain in the new therapist's channel.
import { expect } from 'chai';
import { therapistChangeAskedText } from '../../src/domain/wording.js';
import { personalMessage, teamInstall, teamsUser } from '../support/teams-activities.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { identity } from '../support/fixtures.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

describe('teams: changing therapist', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await openTeamsHarness('teams_therapist_change', { world: { employees: 1, allowance: 2, slotCount: 2 } });
  });
  afterEach(async () => h?.close());

  const chat = () => `a:personal-${h.employee(0).aadObjectId}`;
  const say = (text: string) => h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text }));
  const lastText = () => TeamsConnectorStub.textOf(h.connector.sent(chat()).at(-1));

  it('`change therapist` asks privately, once; the reassigned employee is told and writes to the new therapist', async () => {
    await say('Hello');
    h.connector.reset();
    await say('change therapist');
    expect(lastText()).to.include(therapistChangeAskedText(false, GB));
    await say('Change Therapist');
    expect(lastText()).to.include(therapistChangeAskedText(true, GB));
    expect(
      h.connector.calls.filter((c) => c.conversationId !== chat()),
      'nothing reaches the therapist',
    ).to.deep.equal([]);
    await say('change of plans: can we talk?');
    expect(h.connector.calls.some((c) => c.conversationId !== chat() && TeamsConnectorStub.textOf(c).includes('change of plans'))).to.equal(
      true,
    );

    const added = await h.services.admin.addPerson({
      orgId: h.world.orgId,
      displayName: 'Dr Kim New',
      role: 'therapist',
      zone: 'Europe/London',
      identity: identity('teams', 'UNEWTHERAPIST'),
    });
    if (!added.ok) throw new Error(added.error);
    const newChannel = '19:new@thread.tacv2';
    expect(
      (
        await h.services.admin.linkChannel(identity('teams', 'UNEWTHERAPIST'), {
          platform: 'teams',
          workspaceId: 'tenant-test',
          channelId: newChannel,
        })
      ).ok,
    ).to.equal(true);
    await h.post(teamInstall({ serviceUrl: h.serviceUrl, user: teamsUser('UNEWTHERAPIST'), channelId: newChannel }));
    h.connector.reset();
    const done = await h.services.therapistChange.reassign(h.world.employees[0]!.personId, String(added.person._id));
    expect(done.ok && done.changed).to.equal(true);
    await h.connector.waitFor((calls) => calls.some((c) => c.conversationId === chat()));
    expect(lastText()).to.include('You now work with Dr Kim New');
    await say('Hello, Dr New');
    const created = h.connector.created();
    expect((created.at(-1)?.body.channelData as { channel: { id: string } }).channel.id).to.equal(newChannel);
  });
});
