import { expect } from 'chai';
import nodemailer from 'nodemailer';
import { EmailingNotifier } from '../../src/email/emailing-notifier.js';
import { createLogger } from '../../src/log.js';
import { createServices, type CoreServices } from '../../src/services/index.js';
import type { Actor } from '../../src/services/types.js';
import type { Database } from '../../src/store/connection.js';
import { createStore } from '../../src/store/index.js';
import { openTestDatabase } from '../support/db.js';
import { startMailbox, type Mailbox, type ReceivedMail } from '../support/mailbox.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

/** All of a mail a reader could see: subject, text and any invitation. */
const seen = (m: ReceivedMail) => `${m.subject}\n${m.text}\n${m.calendar?.content ?? ''}`;

describe('services: confirmations by e-mail, where configured', () => {
  let db: Database;
  let services: CoreServices;
  let world: World;
  let mailbox: Mailbox;
  const chat = new RecordingNotifier();
  let now = new Date('2030-01-07T10:00:00Z');

  beforeEach(async () => {
    db = await openTestDatabase('email');
    mailbox = await startMailbox();
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: mailbox.port, secure: false, ignoreTLS: true });
    const notifier = new EmailingNotifier(chat, transport, 'Wellbeing <no-reply@example.com>', createLogger('silent'));
    now = new Date('2030-01-07T10:00:00Z');
    chat.failPerson = false;
    services = createServices({ store: createStore(db), notifier, log: createLogger('silent'), clock: () => now });
    world = await seedWorld(services, {
      employees: 1,
      slotCount: 2,
      employeeZone: 'America/New_York',
      firstSlot: new Date('2030-01-10T14:00:00Z'),
    });
    await db.models.Person.updateMany({}, { $set: { email: 'someone@example.com' } });
    await db.models.Person.updateOne({ _id: world.employees[0]?.personId }, { $set: { email: 'employee@example.com' } });
    await db.models.Person.updateOne({ _id: world.therapist.personId }, { $set: { email: 'therapist@example.com' } });
  });
  afterEach(async () => {
    await mailbox.close();
    await db.close();
  });

  it('e-mails both sides on a booking and a cancellation, each in their own zone, without free text', async () => {
    const booked = await services.sessions.book(world.employees[0] as Actor, { slotId: String(world.slots[0]?._id) });
    if (!booked.ok) throw new Error('booking failed');
    await services.sessions.cancel(world.employees[0] as Actor, { sessionId: booked.session.id, reason: 'Private family matter' });
    const to = (who: string) => mailbox.to(who);
    expect(to('employee@example.com')).to.have.length(2);
    expect(to('therapist@example.com')).to.have.length(2);
    expect(seen(to('employee@example.com')[0] as ReceivedMail))
      .to.include('09:00')
      .and.include('EST');
    expect(seen(to('therapist@example.com')[0] as ReceivedMail))
      .to.include('14:00')
      .and.include('GMT');
    expect(mailbox.mails.map(seen).join()).to.not.include('Private family matter');
  });

  it('a mail server outage does not fail the change', async () => {
    await mailbox.close();
    const booked = await services.sessions.book(world.employees[0] as Actor, { slotId: String(world.slots[1]?._id) });
    expect(booked.ok && booked.undelivered).to.deep.equal([]);
  });

  it('a chat message that will be retried is e-mailed once, with the retry, never with each attempt', async () => {
    chat.failPerson = true;
    chat.personFailure = 'unavailable';
    const booked = await services.sessions.book(world.employees[0] as Actor, { slotId: String(world.slots[0]?._id) });
    expect(booked.ok).to.equal(true);
    expect(mailbox.to('employee@example.com')).to.have.length(0);
    now = new Date(now.getTime() + 5 * 60_000);
    await services.sweep(); // still down: no mail yet
    expect(mailbox.to('employee@example.com')).to.have.length(0);
    chat.failPerson = false;
    now = new Date(now.getTime() + 5 * 60_000);
    await services.sweep();
    now = new Date(now.getTime() + 5 * 60_000);
    await services.sweep();
    expect(mailbox.to('employee@example.com')).to.have.length(1);
  });

  it('a chat message that failed for good is still e-mailed (the mail is the only copy)', async () => {
    chat.failPerson = true;
    chat.personFailure = 'gone';
    await services.sessions.book(world.employees[0] as Actor, { slotId: String(world.slots[0]?._id) });
    expect(mailbox.to('employee@example.com')).to.have.length(1);
  });
});
