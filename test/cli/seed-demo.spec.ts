import { expect } from 'chai';
import { DEMO_EMPLOYEES, DEMO_HR, DEMO_THERAPISTS, PLAYGROUND, seedDemo } from '../../src/cli/seed-demo.js';
import { EXIT_OK } from '../../src/cli/commands.js';
import { openCliHarness, type CliHarness } from './harness.js';

describe('cli: seed-demo', function () {
  this.timeout(120_000);
  let h: CliHarness;

  before(async () => {
    h = await openCliHarness('seed-demo');
  });
  after(() => h.close());

  const counts = async () => ({
    organisations: await h.db.models.Organisation.countDocuments().exec(),
    people: await h.db.models.Person.countDocuments().exec(),
    links: await h.db.models.ChannelLink.countDocuments().exec(),
    slots: await h.db.models.Slot.countDocuments().exec(),
    sessions: await h.db.models.Session.countDocuments().exec(),
    claims: await h.db.models.Claim.countDocuments().exec(),
  });

  it('creates the demo organisation once; a second run changes nothing', async () => {
    expect(await seedDemo(h.services)).to.deep.equal({ created: true, organisation: 'demo' });
    const first = await counts();
    expect(first).to.include({ organisations: 1, people: DEMO_EMPLOYEES.length + 3, links: 2 });
    // Two therapists, weekdays of three weeks, eight hourly slots a day.
    expect(first.slots).to.equal(2 * 15 * 8);
    expect(first.sessions).to.be.greaterThanOrEqual(5);

    expect(await seedDemo(h.services)).to.deep.equal({ created: false, organisation: 'demo' });
    expect(await h.run('seed-demo')).to.equal(EXIT_OK);
    expect(h.out).to.deep.equal(['The demo organisation demo already exists; nothing changed.']);
    expect(await counts()).to.deep.equal(first);
  });

  it('gives every demo employee a therapist with open slots on weekdays, 09:00 to 16:50 in the therapist zone', async () => {
    const directory = h.services.directory;
    for (const e of DEMO_EMPLOYEES) {
      const actor = await directory.whoIs(e.identity);
      expect(actor, e.name).to.not.equal(null);
      if (!actor) continue;
      const open = await h.services.sessions.openSlots(actor, { days: 21 });
      expect(open.ok, e.name).to.equal(true);
      if (!open.ok) continue;
      expect(open.slots.length, e.name).to.be.greaterThan(50);
      for (const slot of open.slots) {
        expect(slot.held).to.equal(false);
        expect(slot.end.getTime() - slot.start.getTime()).to.equal(50 * 60_000);
        const local = new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/London',
          weekday: 'short',
          hour: '2-digit',
          hour12: false,
        }).formatToParts(slot.start);
        const hour = Number(local.find((p) => p.type === 'hour')?.value);
        expect(hour).to.be.within(9, 16);
        expect(['Sat', 'Sun']).to.not.include(local.find((p) => p.type === 'weekday')?.value);
      }
    }
  });

  it("registers the Agents Playground's default user as an employee with a booked session", async () => {
    const alex = await h.services.directory.whoIs({
      platform: 'teams',
      workspaceId: PLAYGROUND.tenantId,
      userId: PLAYGROUND.currentUserAadObjectId,
    });
    expect(alex).to.include({ displayName: 'Alex Wilber', orgId: 'demo' });
    expect(alex?.roles).to.deep.equal(['employee']);
    if (!alex) return;
    const overview = await h.services.sessions.overview(alex);
    expect(overview.therapistName).to.equal(DEMO_THERAPISTS.teams.name);
    expect(overview.upcoming).to.have.length(1);
    expect(overview.upcoming[0]?.canReschedule).to.equal(true);
    const teamsTherapist = await h.services.directory.therapistOfChannel(DEMO_THERAPISTS.teams.channel);
    expect(teamsTherapist?.displayName).to.equal('Megan Bowen');
    const slackTherapist = await h.services.directory.therapistOfChannel(DEMO_THERAPISTS.slack.channel);
    expect(slackTherapist?.identity).to.deep.equal(DEMO_THERAPISTS.slack.identity);
  });

  it('gives the HR admin a usage report: organisation-wide counts, the small department suppressed', async () => {
    const hr = await h.services.directory.whoIs(DEMO_HR.identity);
    expect(hr?.roles).to.include('hr_admin');
    if (!hr) return;
    const sessions = await h.db.models.Session.find({ status: 'booked' }).lean().exec();
    const month = sessions[0]?.month;
    const report = await h.services.usage.report(hr, { month });
    expect(report.ok).to.equal(true);
    if (!report.ok) return;
    const byDepartment = Object.fromEntries(report.report.rows.map((r) => [r.department, r]));
    expect(byDepartment.Operations?.suppressed).to.equal(true);
    expect(byDepartment['All departments']).to.include({ employees: DEMO_EMPLOYEES.length, suppressed: false });
    expect(byDepartment['All departments']?.booked).to.be.greaterThan(0);
    // Operations (2 people) is hidden, and so is one more department: otherwise the total would reveal it.
    expect(report.report.rows.filter((r) => r.suppressed)).to.have.length(2);
  });
});
