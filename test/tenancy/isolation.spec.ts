// No organisation reads or changes another's sessions, requests, reports or people, through Slack, Teams or the
// services both call: one provider therapist has clients of Acme and Globex (Slack) and Initech (Teams), and each
// employer's person tries another's ids. Every attempt gets its specific refusal and nothing changes.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { actions, views } from '../../src/slack/ids.js';
import type { Actor } from '../../src/services/types.js';
import { actorOf } from '../../src/services/views.js';
import { snapshotDatabase } from '../support/db.js';
import {
  blockActions,
  eventCallback,
  messageEvent,
  slashCommand,
  state,
  viewSubmission,
  type SlackRequest,
} from '../support/slack-requests.js';
import { cardInvoke } from '../support/teams-activities.js';
import { ACME, INITECH_TENANT, IVY, openTenancyWorld, STRANGER, type TenancyWorld } from './world.js';
import { GB } from '../support/readers.js';

const NOW = new Date('2030-03-04T09:00:00Z');
const NOT_YOURS = refusalText({ code: 'not_your_session' }, 'employee', GB);

describe('tenancy: isolation between organisations', () => {
  let w: TenancyWorld;
  let acmeSession: string;
  let globexSession: string;
  let globexRequest: string;
  before(async () => {
    w = await openTenancyWorld('isolation', () => NOW);
    for (const code of ['code-provider', 'code-acme', 'code-globex']) expect((await w.install(code)).status).to.equal(200);
    const { sessions, reschedule } = w.app.services;
    const book = async (actor: Actor, slot: number) => {
      const booked = await sessions.book(actor, { slotId: w.slotIds[slot] ?? '' });
      if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
      return booked.session.id;
    };
    acmeSession = await book(w.acmeEmployee, 0);
    globexSession = await book(w.globexEmployee, 1);
    const requested = await reschedule.request(w.globexEmployee, {
      sessionId: globexSession,
      choice: { slotId: w.slotIds[2] ?? '' },
      reason: 'A clash at work',
    });
    if (!requested.ok) throw new Error(`request refused: ${requested.code}`);
    globexRequest = requested.request.id;
    await w.app.idle();
  });
  after(() => w.close());
  beforeEach(() => {
    w.stub.reset();
    w.teams.reset();
  });

  /** Everything organisation-owned, to compare before and after an attempt (not the language a platform reports). */
  const owned = async () =>
    JSON.stringify(
      await Promise.all([
        w.db.models.Session.find().sort({ _id: 1 }).lean().exec(),
        w.db.models.RescheduleRequest.find().sort({ _id: 1 }).lean().exec(),
        w.db.models.Person.find({}, { platformLocale: 0, platformLocaleAt: 0 }).sort({ _id: 1 }).lean().exec(),
        w.db.models.ChannelLink.find().sort({ _id: 1 }).lean().exec(),
      ]),
    );
  const slack = (request: SlackRequest) => w.postSlack(request);
  const sentToSlack = () => JSON.stringify(w.stub.calls.map((c) => c.body));

  it("refuses an Acme employee's Slack cancel of a Globex session, in the modal, changing nothing", async () => {
    const before = await owned();
    const res = await slack(
      viewSubmission({
        user: 'UA1',
        teamId: ACME.teamId,
        callbackId: views.cancel,
        privateMetadata: { sessionId: globexSession },
        values: state.text('reason', 'not mine'),
      }),
    );
    expect(res.status).to.equal(200);
    expect(res.body).to.include(NOT_YOURS);
    expect(await owned()).to.equal(before);
  });

  it("refuses an Acme employee's Slack withdraw of a Globex request, changing nothing", async () => {
    const before = await owned();
    await slack(
      blockActions({
        user: 'UA1',
        teamId: ACME.teamId,
        actionId: actions.requestWithdraw,
        value: globexRequest,
        channel: 'DUA1',
        messageTs: '1.000100',
      }),
    );
    expect(sentToSlack()).to.include(NOT_YOURS);
    expect(await owned()).to.equal(before);
  });

  it("refuses an Acme employee's Slack reschedule of a Globex session, changing nothing", async () => {
    const before = await owned();
    const res = await slack(
      viewSubmission({
        user: 'UA1',
        teamId: ACME.teamId,
        callbackId: views.reschedule,
        privateMetadata: { sessionId: globexSession },
        values: { ...state.select('slot', w.slotIds[3] ?? ''), ...state.text('reason', 'I want this one') },
      }),
    );
    expect(res.status).to.equal(200);
    expect(res.body).to.include(NOT_YOURS);
    expect(await owned()).to.equal(before);
  });

  it("refuses an Initech employee's Teams cancel of an Acme session and withdraw of a Globex request, changing nothing", async () => {
    const before = await owned();
    const where = { serviceUrl: w.teams.url, user: IVY, tenantId: INITECH_TENANT };
    const cancel = await w.postTeams(
      cardInvoke({ ...where, verb: 'cancel.submit', data: { sessionId: acmeSession, reason: 'not mine at all' } }),
    );
    const withdraw = await w.postTeams(cardInvoke({ ...where, verb: 'request.withdraw', data: { requestId: globexRequest } }));
    const confirm = await w.postTeams(cardInvoke({ ...where, verb: 'request.confirm', data: { requestId: globexRequest } }));
    for (const res of [cancel, withdraw, confirm]) {
      expect(res.status).to.equal(200);
      expect(JSON.stringify(res.body)).to.include(NOT_YOURS);
    }
    expect(await owned()).to.equal(before);
  });

  it('gives an Acme HR admin a usage report of Acme only, in Slack and from the service', async () => {
    expect((await w.app.services.admin.setPolicy('acme', { minReportGroupSize: 1 })).ok).to.equal(true);
    const result = await w.app.services.usage.report(w.acmeHr, { month: '2030-03' });
    if (!result.ok) throw new Error(result.code);
    const all = result.report.rows.find((r) => r.department === 'All departments');
    expect(result.report.orgId).to.equal('acme');
    // One Acme employee, one Acme booking: Globex's and Initech's clients of the same therapist are not counted.
    expect(all?.employees).to.equal(1);
    expect(all?.booked).to.equal(1);
    const res = await slack(
      slashCommand({
        command: '/wellbeing-usage',
        text: '2030-03',
        user: 'UHRA',
        channel: 'DUHRA',
        responseUrl: w.stub.responseUrl(),
        teamId: ACME.teamId,
      }),
    );
    expect(res.status).to.equal(200);
    expect(sentToSlack() + res.body).not.to.match(/Globex|Initech/);
  });

  it("lets no employer's HR admin or operator link another organisation's therapist, and the provider's operator can", async () => {
    const { admin, directory } = w.app.services;
    const added = async (orgId: string, teamId: string, userId: string, role: 'therapist' | 'hr_admin') => {
      const r = await admin.addPerson({
        orgId,
        displayName: userId,
        role,
        extraRoles: role === 'hr_admin' ? ['operator'] : [],
        zone: 'Europe/London',
        identity: { platform: 'slack', workspaceId: teamId, userId },
      });
      if (!r.ok) throw new Error(r.error);
      return actorOf(r.person);
    };
    const globexTherapist = await added('globex', 'TGLOBEX', 'UGTHER', 'therapist');
    const acmeOperator = await added('acme', ACME.teamId, 'UOPA', 'hr_admin');
    const careOperator = await added('care', 'TPROV', 'UOPC', 'hr_admin');
    const before = await owned();
    const into = { platform: 'slack' as const, workspaceId: ACME.teamId, channelId: 'CACME' };
    expect(await directory.linkChannel(acmeOperator, { therapist: globexTherapist.identity, channel: into })).to.deep.include({
      ok: false,
      code: 'unknown_therapist',
    });
    expect(await directory.linkChannel(w.acmeHr, { therapist: w.therapist.identity, channel: into })).to.deep.include({
      ok: false,
      code: 'unknown_therapist',
    });
    expect(await owned()).to.equal(before);
    const relinked = await directory.linkChannel(careOperator, {
      therapist: w.therapist.identity,
      channel: { platform: 'slack', workspaceId: 'TPROV', channelId: 'CTHER' },
    });
    expect(relinked.ok).to.equal(true);
  });

  it('refuses, in Slack, a person registered under another organisation than their workspace, storing nothing', async () => {
    const { admin, tenancy } = w.app.services;
    expect((await w.install('code-stranger')).status).to.equal(200);
    // Registered with Acme while the workspace was nobody's; Globex then claims the workspace.
    const added = await admin.addPerson({
      orgId: 'acme',
      displayName: 'Moved',
      role: 'employee',
      zone: 'Europe/London',
      identity: { platform: 'slack', workspaceId: STRANGER.teamId, userId: 'UMOVED' },
      therapist: w.therapist.identity,
    });
    expect(added.ok).to.equal(true);
    expect((await tenancy.attach({ orgId: 'globex', kind: 'slack_team', externalId: STRANGER.teamId })).ok).to.equal(true);
    w.stub.reset();
    const before = await snapshotDatabase(w.db);
    await slack(
      eventCallback(messageEvent({ user: 'UMOVED', text: 'hello', channel: 'DUMOVED', channelType: 'im' }), { teamId: STRANGER.teamId }),
    );
    const posted = w.stub.callsTo('chat.postMessage');
    expect(posted.map((c) => c.body.text)).to.deep.equal([refusalText({ code: 'other_organisation' }, 'employee', GB)]);
    expect(posted[0]?.token).to.equal(STRANGER.botToken);
    expect(await snapshotDatabase(w.db)).to.equal(before);
  });
});
