import { expect } from 'chai';
import { noticeText } from '../../src/domain/wording.js';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { british } from '../support/readers.js';

const HOUR = 3_600_000;
const MONDAY_10_LONDON = new Date('2030-01-07T10:00:00Z');

describe('services: care between sessions (usual reply time, hours, support line)', () => {
  let h: CoreHarness;
  let world: World;
  let n = 0;

  beforeEach(async () => {
    h = await openCoreHarness('care', MONDAY_10_LONDON);
    world = await seedWorld(h.services, { employees: 1, slotCount: 0, employeeZone: 'America/New_York' });
  });
  afterEach(() => h.close());

  const employee = () => world.employees[0] as Actor;
  const write = async () => {
    const r = await h.services.relay.fromEmployee(employee(), { text: 'A private message', deliveryKey: `m${++n}` });
    expect(r.ok).to.equal(true);
  };
  const careNotes = () =>
    h.notifier.sent
      .filter((s) => s.op === 'person' && s.notice.kind === 'care_note')
      .map((s) => noticeText(s.notice, british('America/New_York')));
  const setHours = async () => {
    const r = await h.services.replyHours.setFor(world.therapist.identity, {
      usualReply: 'within one working day',
      hours: { days: [5, 1, 2, 3, 4], from: '09:00', to: '17:00' },
    });
    expect(r).to.deep.equal({ ok: true });
  };

  it('when the conversation opens: the usual reply time, the hours, the support line, and that it is not a crisis service', async () => {
    expect((await h.services.admin.setPolicy(world.orgId, { supportLine: 'the Acme support line, 0800 123 456' })).ok).to.equal(true);
    await setHours();
    await write();
    await write();
    const notes = careNotes();
    expect(notes).to.have.length(1);
    const text = notes[0]?.lines.join('\n') ?? '';
    expect(text).to.include('Dr Sam Rivers usually replies within one working day.');
    expect(text).to.include('Usual hours: Mon–Fri, 09:00–17:00 (Europe/London).');
    expect(text).to.include('This chat is not a crisis service. If you need help now, contact the Acme support line, 0800 123 456');
    expect(text).to.not.include('A private message');
  });

  it("outside the therapist's hours: said once a day, in the therapist's zone", async () => {
    await setHours();
    await write(); // Monday 10:00 in London: the opening note only
    h.setNow(new Date(MONDAY_10_LONDON.getTime() + 9 * HOUR)); // 19:00 London, 14:00 in New York
    await write();
    await write();
    h.setNow(new Date(MONDAY_10_LONDON.getTime() + 22 * HOUR)); // Tuesday 08:00 London
    await write();
    h.setNow(new Date(MONDAY_10_LONDON.getTime() + 24 * HOUR)); // Tuesday 10:00: within hours again
    await write();
    expect(careNotes().map((t) => t.title)).to.deep.equal([
      'Messaging Dr Sam Rivers',
      'Dr Sam Rivers is outside their usual hours',
      'Dr Sam Rivers is outside their usual hours',
    ]);
  });

  it("a conversation opened outside the therapist's hours: one note for the day, not the opening one and another", async () => {
    await setHours();
    h.setNow(new Date(MONDAY_10_LONDON.getTime() + 9 * HOUR)); // 19:00 London
    await write();
    await write();
    await write();
    const notes = careNotes();
    expect(notes.map((t) => t.title)).to.deep.equal(['Dr Sam Rivers is outside their usual hours']);
    expect(notes[0]?.lines.join('\n')).to.include('This chat is not a crisis service');
    h.setNow(new Date(MONDAY_10_LONDON.getTime() + 33 * HOUR)); // Tuesday 19:00: a new day outside hours
    await write();
    expect(careNotes().map((t) => t.title)).to.deep.equal([
      'Dr Sam Rivers is outside their usual hours',
      'Dr Sam Rivers is outside their usual hours',
    ]);
  });

  it('without settings it still says it is not a crisis service; bad hours are refused', async () => {
    await write();
    expect(careNotes()[0]?.lines.join('\n')).to.include(
      'This chat is not a crisis service. If you need help now, call your local emergency number.',
    );
    const bad = await h.services.replyHours.setFor(world.therapist.identity, {
      usualReply: null,
      hours: { days: [1], from: '17:00', to: '09:00' },
    });
    expect(bad.ok).to.equal(false);
    expect((await h.services.replyHours.setOwn(employee(), { usualReply: 'soon', hours: null })).ok).to.equal(false);
  });
});
