import { expect } from 'chai';
import nodemailer from 'nodemailer';
import { EmailingNotifier } from '../../src/email/emailing-notifier.js';
import { createLogger } from '../../src/log.js';
import { createServices, type CoreServices } from '../../src/services/index.js';
import type { Actor } from '../../src/services/types.js';
import type { Database } from '../../src/store/connection.js';
import { createStore } from '../../src/store/index.js';
import { openTestDatabase } from '../support/db.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { eventOf } from '../support/invitations.js';
import { startMailbox, type Mailbox } from '../support/mailbox.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

describe('calendar: invitations in change e-mails', () => {
  let db: Database;
  let services: CoreServices;
  let world: World;
  let mailbox: Mailbox;
  let now = new Date('2030-01-07T10:00:00Z');
  const employeeMail = 'employee@example.com';
  const therapistMail = 'therapist@example.com';

  beforeEach(async () => {
    now = new Date('2030-01-07T10:00:00Z');
    db = await openTestDatabase('invitations');
    mailbox = await startMailbox();
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: mailbox.port, secure: false, ignoreTLS: true });
    const notifier = new EmailingNotifier(new RecordingNotifier(), transport, 'Wellbeing <no-reply@example.com>', createLogger('silent'));
    services = createServices({ store: createStore(db), notifier, log: createLogger('silent'), clock: () => now });
    world = await seedWorld(services, {
      employees: 1,
      slotCount: 4,
      employeeZone: 'America/New_York',
      firstSlot: new Date('2030-01-10T14:00:00Z'),
    });
    await db.models.Person.updateOne({ _id: world.employees[0]?.personId }, { $set: { email: employeeMail } });
    await db.models.Person.updateOne({ _id: world.therapist.personId }, { $set: { email: therapistMail } });
  });
  afterEach(async () => {
    await mailbox.close();
    await db.close();
  });

  const employee = () => world.employees[0] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const invitations = (to: string) =>
    mailbox
      .to(to)
      .filter((m) => m.calendar)
      .map(eventOf);

  async function reschedule(sessionId: string, slot: number): Promise<string> {
    const requested = await services.reschedule.request(employee(), {
      sessionId,
      choice: { slotId: slotId(slot) },
      reason: 'A private reason',
    });
    if (!requested.ok) throw new Error(`request refused: ${requested.code}`);
    const confirmed = await services.reschedule.confirm(world.therapist, { requestId: requested.request.id });
    if (!confirmed.ok) throw new Error(`confirm refused: ${confirmed.code}`);
    return confirmed.session.id;
  }

  it('a booking, two reschedules and a cancellation update one event: same UID, rising SEQUENCE, CANCEL at the end', async () => {
    const booked = await services.sessions.book(employee(), { slotId: slotId(0) });
    if (!booked.ok) throw new Error('booking failed');
    const second = await reschedule(booked.session.id, 1);
    const third = await reschedule(second, 2);
    const cancelled = await services.sessions.cancel(employee(), { sessionId: third, reason: 'Private family matter' });
    expect(cancelled.ok).to.equal(true);

    for (const [address, zone] of [
      [employeeMail, 'America/New_York'],
      [therapistMail, 'Europe/London'],
    ] as const) {
      const events = invitations(address);
      expect(
        events.map((e) => e.method),
        address,
      ).to.deep.equal(['REQUEST', 'REQUEST', 'REQUEST', 'CANCEL']);
      expect(new Set(events.map((e) => e.uid)).size, 'one event').to.equal(1);
      expect(events.map((e) => e.sequence)).to.deep.equal([0, 1, 2, 3]);
      expect(events.map((e) => e.status)).to.deep.equal(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CANCELLED']);
      // Times in UTC, the reader's zone named.
      expect(events.map((e) => e.start.zone?.tzid)).to.deep.equal(['UTC', 'UTC', 'UTC', 'UTC']);
      expect(events.map((e) => e.start.toJSDate().toISOString())).to.deep.equal(
        [0, 1, 2, 2].map((i) => world.slots[i]?.start.toISOString()),
      );
      expect(events[0]?.end.toJSDate().toISOString()).to.equal(world.slots[0]?.end.toISOString());
      expect(events.every((e) => e.zone === zone && e.description.includes(zone))).to.equal(true);
    }
    // The employee reads their own local time (09:00 in New York for 14:00 UTC).
    expect(invitations(employeeMail)[0]?.description).to.include('09:00');
    const everything = mailbox.mails.map((m) => `${m.text}\n${m.calendar?.content ?? ''}`).join('\n');
    expect(everything).to.not.include('Private family matter').and.not.include('A private reason');
  });

  it("the therapist's meeting link is the event's location and URL", async () => {
    await db.models.Person.updateOne({ _id: world.therapist.personId }, { $set: { meetingLink: 'https://meet.example.com/dr-rivers' } });
    expect((await services.sessions.book(employee(), { slotId: slotId(0) })).ok).to.equal(true);
    const [event] = invitations(employeeMail);
    expect(event?.location).to.equal('https://meet.example.com/dr-rivers');
    expect(event?.url).to.equal('https://meet.example.com/dr-rivers');
    expect(mailbox.to(employeeMail)[0]?.text).to.include('Join: https://meet.example.com/dr-rivers');
  });

  it('two bookings are two events', async () => {
    const a = await services.sessions.book(employee(), { slotId: slotId(0) });
    const b = await services.sessions.book(employee(), { slotId: slotId(3) });
    expect(a.ok && b.ok).to.equal(true);
    const uids = invitations(employeeMail).map((e) => e.uid);
    expect(uids).to.have.length(2);
    expect(uids[0]).to.not.equal(uids[1]);
  });

  it('requests, declines, proposals and expiry are e-mailed too, without invitations and without free text', async () => {
    const booked = await services.sessions.book(employee(), { slotId: slotId(0) });
    if (!booked.ok) throw new Error('booking failed');
    const first = await services.reschedule.request(employee(), {
      sessionId: booked.session.id,
      choice: { slotId: slotId(1) },
      reason: 'Reason one',
    });
    if (!first.ok) throw new Error('request refused');
    await services.reschedule.decline(world.therapist, { requestId: first.request.id, note: 'Note one' });
    const second = await services.reschedule.request(employee(), {
      sessionId: booked.session.id,
      choice: { slotId: slotId(1) },
      reason: 'Reason two',
    });
    if (!second.ok) throw new Error('request refused');
    const proposed = await services.reschedule.propose(world.therapist, {
      requestId: second.request.id,
      choice: { slotId: slotId(2) },
      note: 'Note two',
    });
    expect(proposed.ok).to.equal(true);
    // Inside the window the proposal expires (the sweep's work).
    now = new Date(booked.session.start.getTime() - 23 * 3_600_000);
    expect(await services.reschedule.expireDue()).to.equal(1);

    const subjects = (to: string) => mailbox.to(to).map((m) => m.subject);
    expect(subjects(employeeMail)).to.include.members([
      'Reschedule request sent',
      'Reschedule request declined',
      'Dr Sam Rivers proposes another time',
      'Reschedule request expired',
    ]);
    expect(subjects(therapistMail)).to.include.members(['Employee 1 asks to reschedule', 'Reschedule request expired']);
    const requestMails = mailbox.mails.filter((m) => !/^Session /.test(m.subject));
    expect(requestMails.every((m) => m.calendar === null)).to.equal(true);
    const everything = mailbox.mails.map((m) => m.text).join('\n');
    for (const secret of ['Reason one', 'Reason two', 'Note one', 'Note two']) expect(everything).to.not.include(secret);
  });
});
