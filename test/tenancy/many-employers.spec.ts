// Done-when scenario of issue 9 on ONE app instance (Slack's Bolt receiver and Teams' /api/messages on the same
// server, as main runs them): two employer Slack workspaces and the provider's, installed through the OAuth
// redirect, plus one employer Teams tenant; one provider therapist whose channel is in the provider's workspace.
// Relay both ways, booking, a reschedule request confirmed in the provider channel, a cancellation, an uninstall.
// Every Slack call carries the token of the workspace it addresses; every Teams call goes to the tenant's connector.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { actions, views } from '../../src/slack/ids.js';
import { blockActions, eventCallback, messageEvent, nextTs, state, viewSubmission, type SlackRequest } from '../support/slack-requests.js';
import { cardInvoke, personalInstall, personalMessage } from '../support/teams-activities.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { ACME, GLOBEX, INITECH_TENANT, IVY, openTenancyWorld, PROVIDER, type TenancyWorld } from './world.js';
import { GB } from '../support/readers.js';

const NOW = new Date('2030-03-04T09:00:00Z');
/** Where each Slack channel or user of the scenario lives: its calls must carry that workspace's token. */
const WORKSPACE_OF: Record<string, string> = {
  CTHER: PROVIDER.teamId,
  UTHER: PROVIDER.teamId,
  UA1: ACME.teamId,
  DUA1: ACME.teamId,
  UG1: GLOBEX.teamId,
};

describe('tenancy: many employers on one instance (issue 9, done when)', () => {
  let w: TenancyWorld;
  const ivyChat = `a:personal-${IVY.aadObjectId}`;
  const ivy = { serviceUrl: '', user: IVY, tenantId: INITECH_TENANT };
  before(async () => {
    w = await openTenancyWorld('many', () => NOW);
    ivy.serviceUrl = w.teams.url;
  });
  after(() => w.close());

  const slack = (request: SlackRequest) => w.postSlack(request);
  const teams = async (activity: Parameters<TenancyWorld['postTeams']>[0]) => {
    return w.postTeams(activity);
  };
  const threadOf = async (personId: string) =>
    (await w.db.models.RelayThread.findOne({ employeeId: personId }).lean().exec())?.threadId ?? '';
  const inChannel = () => w.stub.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CTHER');
  const teamsText = () => w.teams.calls.map((c) => TeamsConnectorStub.textOf(c)).join('\n');

  /** After each step: every Slack call used its own workspace's token, and Teams calls stayed in Initech's chat. */
  afterEach(() => {
    for (const call of w.stub.calls.filter((c) => c.method !== 'oauth.v2.access' && c.method !== 'auth.test')) {
      const addressed = String(call.body.channel ?? call.body.user_id ?? '');
      const expected = WORKSPACE_OF[addressed];
      if (expected) expect(w.stub.tokens.get(call.token ?? ''), `${call.method} to ${addressed}`).to.equal(expected);
    }
    for (const call of w.teams.calls) expect(call.conversationId, 'teams call').to.equal(ivyChat);
    w.stub.reset();
    w.teams.reset();
  });

  it('installs the provider and both employers through the OAuth redirect', async () => {
    for (const code of ['code-provider', 'code-acme', 'code-globex']) expect((await w.install(code)).status, code).to.equal(200);
    const ids = (await w.db.models.Installation.find().lean().exec()).map((d) => d._id).sort();
    expect(ids).to.deep.equal(['team:TACME', 'team:TGLOBEX', 'team:TPROV']);
  });

  it("relays an Acme (Slack) and an Initech (Teams) employee into the provider's channel", async () => {
    expect((await teams(personalInstall({ ...ivy }))).status).to.equal(200);
    await slack(
      eventCallback(messageEvent({ user: 'UA1', text: 'hello from acme', channel: 'DUA1', channelType: 'im' }), { teamId: ACME.teamId }),
    );
    await teams(personalMessage({ ...ivy, text: 'hello from initech' }));
    const texts = JSON.stringify(inChannel().map((c) => c.body));
    expect(texts).to.include('hello from acme').and.to.include('hello from initech');
    expect(inChannel().every((c) => c.token === PROVIDER.botToken)).to.equal(true);
  });

  it("relays the therapist's replies from the provider's channel to each employee on their own platform", async () => {
    const reply = async (personId: string, text: string) =>
      slack(
        eventCallback(messageEvent({ user: 'UTHER', text, channel: 'CTHER', channelType: 'channel', threadTs: await threadOf(personId) }), {
          teamId: PROVIDER.teamId,
        }),
      );
    await reply(w.acmeEmployee.personId, 'hi acme');
    await reply(w.initechEmployee.personId, 'hi initech');
    const toAcme = w.stub.callsTo('chat.postMessage').filter((c) => c.body.channel === 'UA1');
    expect(JSON.stringify(toAcme.map((c) => c.body)))
      .to.include('hi acme')
      .and.not.to.include('hi initech');
    expect(toAcme.every((c) => c.token === ACME.botToken)).to.equal(true);
    expect(teamsText()).to.include('hi initech').and.not.to.include('hi acme');
  });

  it('books for each employer with the one therapist: Slack modal, Teams card, and each side told where they are', async () => {
    const booked = await slack(
      viewSubmission({ user: 'UA1', teamId: ACME.teamId, callbackId: views.book, values: state.select('slot', w.slotIds[0] ?? '') }),
    );
    expect(booked.status).to.equal(200);
    expect(booked.body).to.equal('');
    const card = await teams(cardInvoke({ ...ivy, verb: 'book.submit', data: { slotId: w.slotIds[1] ?? '' } }));
    expect(card.status).to.equal(200);
    const globex = await w.app.services.sessions.book(w.globexEmployee, { slotId: w.slotIds[2] ?? '' });
    expect(globex.ok).to.equal(true);
    await w.app.idle();
    const sessions = await w.db.models.Session.find({ status: 'booked' }).lean().exec();
    expect(sessions.map((s) => s.orgId).sort()).to.deep.equal(['acme', 'globex', 'initech']);
    expect(inChannel().length).to.be.greaterThanOrEqual(3);
    expect(
      w.stub.callsTo('chat.postMessage').some((c) => c.body.channel === 'UG1' && w.stub.tokens.get(c.token ?? '') === GLOBEX.teamId),
    ).to.equal(true);
  });

  it("takes Initech's reschedule request on Teams and the therapist's confirmation in the provider channel", async () => {
    const session = await w.db.models.Session.findOne({ orgId: 'initech', status: 'booked' }).lean().exec();
    const requested = await teams(
      cardInvoke({
        ...ivy,
        verb: 'reschedule.submit',
        data: { sessionId: String(session?._id), slotId: w.slotIds[3] ?? '', reason: 'A clash at work' },
      }),
    );
    expect(requested.status).to.equal(200);
    const request = await w.db.models.RescheduleRequest.findOne({ orgId: 'initech', status: 'pending' }).lean().exec();
    expect(request, 'pending request').to.not.equal(null);
    expect(inChannel().every((c) => c.token === PROVIDER.botToken)).to.equal(true);
    w.teams.reset();
    const threadTs = await threadOf(w.initechEmployee.personId);
    await slack(
      blockActions({
        user: 'UTHER',
        teamId: PROVIDER.teamId,
        actionId: actions.requestConfirm,
        value: String(request?._id),
        channel: 'CTHER',
        messageTs: nextTs(),
        threadTs,
      }),
    );
    const decided = await w.db.models.RescheduleRequest.findById(request?._id).lean().exec();
    expect(decided?.status).to.equal('confirmed');
    expect(w.stub.callsTo('chat.update').every((c) => c.token === PROVIDER.botToken)).to.equal(true);
    expect(w.teams.calls.length, 'Ivy is told on Teams').to.be.greaterThan(0);
  });

  it('cancels an Acme session from Slack, the therapist told in the provider channel', async () => {
    const session = await w.db.models.Session.findOne({ orgId: 'acme', status: 'booked' }).lean().exec();
    const res = await slack(
      viewSubmission({
        user: 'UA1',
        teamId: ACME.teamId,
        callbackId: views.cancel,
        privateMetadata: { sessionId: String(session?._id) },
        values: state.text('reason', 'Feeling unwell today'),
      }),
    );
    expect(res.status).to.equal(200);
    expect((await w.db.models.Session.findById(session?._id).lean().exec())?.status).to.equal('cancelled');
    expect(inChannel().length).to.be.greaterThan(0);
  });

  it("refuses Initech's employee an Acme session and Acme's employee Initech's request, on either platform", async () => {
    const acme = await w.db.models.Session.findOne({ orgId: 'acme' }).lean().exec();
    const initech = await w.db.models.RescheduleRequest.findOne({ orgId: 'initech' }).lean().exec();
    const before = JSON.stringify(await w.db.models.Session.find().sort({ _id: 1 }).lean().exec());
    const invoke = await teams(cardInvoke({ ...ivy, verb: 'cancel.open', data: { sessionId: String(acme?._id) } }));
    expect(JSON.stringify(invoke.body)).to.include(refusalText({ code: 'not_your_session' }, 'employee', GB));
    await slack(
      blockActions({
        user: 'UA1',
        teamId: ACME.teamId,
        actionId: actions.requestWithdraw,
        value: String(initech?._id),
        channel: 'DUA1',
        messageTs: nextTs(),
      }),
    );
    expect(JSON.stringify(w.stub.calls.map((c) => c.body))).to.include(refusalText({ code: 'not_your_session' }, 'employee', GB));
    expect(JSON.stringify(await w.db.models.Session.find().sort({ _id: 1 }).lean().exec())).to.equal(before);
  });

  it('handles an employer uninstalling: its installation goes, the others keep working with their own tokens', async () => {
    await slack(eventCallback({ type: 'app_uninstalled', event_ts: nextTs() }, { teamId: GLOBEX.teamId }));
    expect((await w.db.models.Installation.find().lean().exec()).map((d) => d._id).sort()).to.deep.equal(['team:TACME', 'team:TPROV']);
    await slack(
      eventCallback(messageEvent({ user: 'UA1', text: 'still here', channel: 'DUA1', channelType: 'im' }), { teamId: ACME.teamId }),
    );
    await teams(personalMessage({ ...ivy, text: 'me too' }));
    expect(JSON.stringify(inChannel().map((c) => c.body)))
      .to.include('still here')
      .and.to.include('me too');
    // A notice to Globex's employee now has no token to go with: it is not sent with anyone else's.
    const globex = await w.db.models.Session.findOne({ orgId: 'globex', status: 'booked' }).lean().exec();
    await w.app.services.sessions.cancel(w.globexEmployee, { sessionId: String(globex?._id), reason: 'Leaving the company' });
    await w.app.idle();
    expect(w.stub.callsTo('chat.postMessage').filter((c) => c.body.channel === 'UG1')).to.have.length(0);
  });
});
