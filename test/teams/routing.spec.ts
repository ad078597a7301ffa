// The bot's routing, against botbuilder's TestAdapter and stubbed services (no database, no HTTP): which service
// each activity reaches, and what is refused before any service is called.
import type { Activity, CloudAdapter } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import { expect } from 'chai';
import sinon from 'sinon';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { Services } from '../../src/services/api.js';
import { WellbeingBot } from '../../src/teams/bot.js';
import { TeamsGateway } from '../../src/teams/gateway.js';
import { sampleActor, sampleOverview } from '../support/teams-samples.js';

function fakeServices(): Services {
  const ok = { ok: true as const, duplicate: false, relayed: true };
  const services = {
    directory: {
      whoIs: sinon.stub().callsFake(async (identity: { userId: string }) => (identity.userId === 'aad-alex' ? sampleActor : null)),
      updateZone: sinon.stub().resolves(),
      linkChannel: sinon.stub().resolves({ ok: true, therapistName: 'Dr Sam' }),
      therapistOfChannel: sinon.stub().resolves(null),
      saveAddress: sinon.stub().resolves(),
      getAddress: sinon.stub().resolves(null),
    },
    sessions: { overview: sinon.stub().resolves(sampleOverview) },
    relay: { fromEmployee: sinon.stub().resolves(ok), fromThread: sinon.stub().resolves(ok) },
    usage: { report: sinon.stub().resolves({ ok: false, code: 'not_hr_admin' }) },
    deliveries: { firstTime: sinon.stub().resolves(true), forget: sinon.stub().resolves() },
  };
  return services as unknown as Services;
}

const alex = { id: '29:alex', aadObjectId: 'aad-alex', name: 'Alex' };
const personal = (text: string, from = alex): Partial<Activity> => ({
  type: 'message',
  text,
  from,
  conversation: { id: 'a:chat', conversationType: 'personal', tenantId: 'tenant-1', isGroup: false, name: '' },
  channelData: { tenant: { id: 'tenant-1' } },
});

describe('teams bot routing (TestAdapter)', () => {
  let services: Services;
  let adapter: TestAdapter;
  beforeEach(() => {
    services = fakeServices();
    const log = createLogger('silent');
    // In-turn replies only: the gateway's proactive side is never reached here.
    const gateway = new TeamsGateway({} as CloudAdapter, '', log);
    const bot = new WellbeingBot({ config: loadConfig({ NODE_ENV: 'test' }), services, gateway, log });
    adapter = new TestAdapter((context) => bot.run(context));
  });

  it('free text in a 1:1 chat goes to the relay with the activity as delivery key, nothing is answered', async () => {
    await adapter.send(personal('I would like to talk')).startTest();
    const relay = services.relay.fromEmployee as sinon.SinonStub;
    expect(relay.calledOnce).to.equal(true);
    expect(relay.firstCall.args[1].text).to.equal('I would like to talk');
    expect(relay.firstCall.args[1].deliveryKey).to.match(/^teams:a:chat:/);
    expect(adapter.activeQueue).to.have.length(0);
  });

  it('a command is not relayed; sessions answers with the home card', async () => {
    await adapter
      .send(personal('sessions'))
      .assertReply((reply) => expect(JSON.stringify(reply.attachments)).to.contain('Your wellbeing sessions'))
      .startTest();
    expect((services.relay.fromEmployee as sinon.SinonStub).called).to.equal(false);
  });

  it('an unregistered person is refused before any use case runs', async () => {
    await adapter
      .send(personal('hello', { id: '29:x', aadObjectId: 'stranger', name: 'X' }))
      .assertReply((reply) => expect(reply.text).to.contain("You're not registered"))
      .startTest();
    expect((services.relay.fromEmployee as sinon.SinonStub).called).to.equal(false);
  });

  it('a bad month is refused with the shared sentence and the usage service is not called', async () => {
    await adapter
      .send(personal('usage 2026-13'))
      .assertReply((reply) => expect(reply.text).to.contain('YYYY-MM'))
      .startTest();
    expect((services.usage.report as sinon.SinonStub).called).to.equal(false);
  });

  it('the client zone is recorded when it changes', async () => {
    await adapter.send({ ...personal('I am travelling'), localTimezone: 'Asia/Tokyo' }).startTest();
    expect((services.directory.updateZone as sinon.SinonStub).firstCall.args[1]).to.equal('Asia/Tokyo');
    await adapter.send({ ...personal('again'), localTimezone: 'Not/AZone' }).startTest();
    expect((services.directory.updateZone as sinon.SinonStub).callCount).to.equal(1);
  });

  it('a card submit with an unknown verb is refused; a redelivered submit is ignored', async () => {
    await adapter
      .send({ ...personal(''), value: { verb: 'drop.tables' } })
      .assertReply((reply) => expect(reply.text).to.contain("couldn't read that"))
      .startTest();
    (services.deliveries.firstTime as sinon.SinonStub).resolves(false);
    await adapter.send({ ...personal(''), value: { verb: 'home' } }).startTest();
    expect((services.sessions.overview as sinon.SinonStub).called).to.equal(false);
  });
});
