import { expect } from 'chai';
import { wordsFor } from '../../src/i18n/words.js';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../../src/cli/commands.js';
import { noticeText } from '../../src/domain/wording.js';
import type { Actor } from '../../src/services/types.js';
import { overviewBlocks } from '../../src/slack/blocks/overview.js';
import { homeCard } from '../../src/teams/card-views.js';
import { openCliHarness, type CliHarness } from '../cli/harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { british } from '../support/readers.js';

const LINK = 'https://meet.example.com/dr-rivers';

describe('services: therapist meeting links (join links)', () => {
  let h: CliHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCliHarness('meeting-links');
    world = await seedWorld(h.services, { employees: 1, slotCount: 2 });
  });
  afterEach(() => h.close());

  const employee = () => world.employees[0] as Actor;
  const therapistFlags = () => [
    '--org',
    world.orgId,
    '--platform',
    'slack',
    '--workspace',
    world.therapist.identity.workspaceId,
    '--user',
    world.therapist.identity.userId,
  ];
  const linkOf = async () => (await h.db.models.Person.findById(world.therapist.personId).lean())?.meetingLink ?? null;

  it("the operator sets it with the CLI; only https links; it shows in the booking confirmation and the employee's home", async () => {
    expect(await h.run('set-meeting-link', ...therapistFlags(), '--url', 'http://insecure.example.com/x')).to.equal(EXIT_REFUSED);
    expect(await h.run('set-meeting-link', ...therapistFlags(), '--url', 'javascript:alert(1)')).to.equal(EXIT_REFUSED);
    expect(await h.run('set-meeting-link', ...therapistFlags())).to.equal(EXIT_USAGE);
    expect(await linkOf()).to.equal(null);
    expect(await h.run('set-meeting-link', ...therapistFlags(), '--url', LINK), h.err.join('\n')).to.equal(EXIT_OK);
    expect(await linkOf()).to.equal(LINK);

    const booked = await h.services.sessions.book(employee(), { slotId: String(world.slots[0]?._id) });
    if (!booked.ok) throw new Error('booking failed');
    expect(noticeText({ kind: 'session_booked', session: booked.session }, british('Europe/London')).lines).to.include(`Join: ${LINK}`);
    const overview = await h.services.sessions.overview(employee());
    expect(JSON.stringify(overviewBlocks(overview, 50))).to.include(`Join: ${LINK}`);
    expect(JSON.stringify(homeCard(overview, wordsFor(overview.actor)))).to.include(`Join: ${LINK}`);

    expect(await h.run('set-meeting-link', ...therapistFlags(), '--remove')).to.equal(EXIT_OK);
    expect(await linkOf()).to.equal(null);
  });

  it('a therapist sets their own; an employee cannot', async () => {
    expect((await h.services.meetingLinks.setOwn(world.therapist, LINK)).ok).to.equal(true);
    expect(await linkOf()).to.equal(LINK);
    expect((await h.services.meetingLinks.setOwn(employee(), 'https://evil.example.com')).ok).to.equal(false);
    expect(await h.db.models.Person.countDocuments({ meetingLink: 'https://evil.example.com' })).to.equal(0);
    expect(await h.db.models.AuditEvent.countDocuments({ action: 'therapist.meeting_link_set' })).to.equal(1);
  });

  it('the operator sets reply time and hours, and the support line and reminder times, with the CLI', async () => {
    expect(
      await h.run('set-reply-hours', ...therapistFlags(), '--usual', 'within a day', '--days', '1-5', '--from', '09:00', '--to', '17:00'),
      h.err.join('\n'),
    ).to.equal(EXIT_OK);
    const therapist = await h.db.models.Person.findById(world.therapist.personId).lean();
    expect(therapist?.usualReply).to.equal('within a day');
    expect(therapist?.replyHours).to.deep.equal({ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' });
    expect(await h.run('set-reply-hours', ...therapistFlags(), '--days', '1,2', '--from', '9am', '--to', '17:00')).to.equal(EXIT_REFUSED);
    expect(
      await h.run(
        'set-policy',
        '--org',
        world.orgId,
        '--support-line',
        'the Acme support line, 0800 123 456',
        '--reminder-lead-hours',
        '12',
        '--reminder-minutes-before',
        '30',
      ),
      h.err.join('\n'),
    ).to.equal(EXIT_OK);
    const org = await h.db.models.Organisation.findById(world.orgId).lean();
    expect(org).to.include({ supportLine: 'the Acme support line, 0800 123 456', reminderLeadHours: 12, reminderMinutesBefore: 30 });
  });
});
