// The therapist tools the platforms call are counted like every other use case: each refusal by its code.
import { expect } from 'chai';
import { metricsRegistry } from '../../../src/metrics.js';
import { countedServices } from '../../../src/operations/counted-services.js';
import type { Actor } from '../../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../../support/core-harness.js';
import { seedWorld, type World } from '../../support/fixtures.js';

async function refusals(code: string): Promise<number> {
  const line = (await metricsRegistry.metrics()).split('\n').find((l) => l.startsWith(`wellbeing_refusals_total{code="${code}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('therapist tools: refusals are counted', () => {
  let h: CoreHarness;
  let world: World;
  beforeEach(async () => {
    h = await openCoreHarness('therapist_tools_counted');
    world = await seedWorld(h.services, { employees: 1, slotCount: 1 });
  });
  afterEach(() => h.close());

  it('meetingLinks.setOwn, replyHours.setOwn and attendance.mark / awaiting count what they refuse', async () => {
    const services = countedServices(h.services);
    const employee = world.employees[0] as Actor;
    const before = {
      notTherapist: await refusals('not_therapist'),
      badLink: await refusals('invalid_meeting_link'),
      badInput: await refusals('bad_input'),
    };
    expect(await services.meetingLinks.setOwn(employee, 'https://meet.example.com/x')).to.deep.include({ code: 'not_therapist' });
    expect(await services.replyHours.setOwn(employee, { usualReply: null, hours: null })).to.deep.include({ code: 'not_therapist' });
    expect(await services.attendance.awaiting(employee)).to.deep.include({ code: 'not_therapist' });
    expect(await services.meetingLinks.setOwn(world.therapist, 'http://meet.example.com/x')).to.deep.include({
      code: 'invalid_meeting_link',
    });
    expect(await services.attendance.mark(world.therapist, { sessionId: 'x' })).to.deep.include({ code: 'bad_input' });
    expect((await refusals('not_therapist')) - before.notTherapist).to.equal(3);
    expect((await refusals('invalid_meeting_link')) - before.badLink).to.equal(1);
    expect((await refusals('bad_input')) - before.badInput).to.equal(1);
  });
});
