import { expect } from 'chai';
import type { Actor } from '../../src/services/types.js';
import { DELIVERY_TAKEOVER_MS } from '../../src/services/deliveries.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

// A delivery (a relayed message) is processed once, and never lost to a process that died holding it: the
// platform's redelivery takes over a delivery its taker never finished, once that taker is surely gone.
describe('services: deliveries taken over from a call that died', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('deliveries');
    world = await seedWorld(h.services, { employees: 1, slotCount: 0 });
    // The first message opens the thread; the cases below are about the messages after it.
    await h.services.relay.fromEmployee(world.employees[0] as Actor, { text: 'hello', deliveryKey: 'dm-0' });
    await h.services.idle();
  });
  afterEach(() => h.close());

  const relayedTexts = () => h.notifier.sent.filter((s) => s.notice.kind === 'relay').map((s) => (s.notice as { text: string }).text);
  const send = (text: string, key: string) => h.services.relay.fromEmployee(world.employees[0] as Actor, { text, deliveryKey: key });

  it('a message whose call died after taking it is relayed by the redelivery, once', async () => {
    // The call that took it died before posting: the delivery is taken and never done.
    expect(await h.services.deliveries.take('dm-1')).to.equal('taken');
    expect(await send('are you there?', 'dm-1')).to.deep.include({ ok: true, duplicate: true });
    expect(relayedTexts()).to.not.include('are you there?');
    h.advance(DELIVERY_TAKEOVER_MS + 1);
    expect(await send('are you there?', 'dm-1')).to.deep.include({ ok: true, duplicate: false });
    await h.services.idle();
    expect(await send('are you there?', 'dm-1')).to.deep.include({ ok: true, duplicate: true });
    h.advance(DELIVERY_TAKEOVER_MS + 1);
    expect(await send('are you there?', 'dm-1')).to.deep.include({ ok: true, duplicate: true });
    expect(relayedTexts().filter((t) => t === 'are you there?')).to.have.length(1);
  });

  it('a message that was relayed is never relayed again, however late the redelivery', async () => {
    expect(await send('thanks', 'dm-2')).to.deep.include({ ok: true, duplicate: false });
    await h.services.idle();
    h.advance(DELIVERY_TAKEOVER_MS * 10);
    expect(await send('thanks', 'dm-2')).to.deep.include({ ok: true, duplicate: true });
    expect(await h.services.deliveries.take('dm-2')).to.equal('done');
    expect(relayedTexts().filter((t) => t === 'thanks')).to.have.length(1);
  });

  it('two redeliveries taking over at once relay it once', async () => {
    expect(await h.services.deliveries.take('dm-3')).to.equal('taken');
    h.advance(DELIVERY_TAKEOVER_MS + 1);
    const results = await Promise.all([send('at once', 'dm-3'), send('at once', 'dm-3'), send('at once', 'dm-3')]);
    expect(results.filter((r) => r.ok && !r.duplicate)).to.have.length(1);
    expect(relayedTexts().filter((t) => t === 'at once')).to.have.length(1);
  });
});
