// A realistic demo dataset: organisation `demo` with a therapist on Slack and one on Teams, twelve employees in
// three departments on both platforms (one of them working across platforms), an HR admin, linked channels,
// weekday availability for the next three weeks and a few sessions. Idempotent: when `demo` exists nothing
// changes. Used by `npm run admin -- seed-demo` and by `npm start` with DEMO_SEED=true.
//
// The Teams half uses the identities of the Microsoft 365 Agents Playground's built-in configuration, so a
// local Playground session is a registered person: the Teams bot identifies people as
// {platform: 'teams', workspaceId: <tenant id>, userId: <aadObjectId>} (src/teams/turn.ts), and the Playground
// sends its default tenant and the current user's aadObjectId on every activity.
import { DateTime } from 'luxon';
import type { Platform, PlatformIdentity } from '../domain/types.js';
import { createServices, type CoreServices } from '../services/index.js';
import type { Actor } from '../services/types.js';
import { actorOf } from '../services/views.js';
import { SilentNotifier } from './silent-notifier.js';

export const DEMO_ORG = 'demo';
export const DEMO_SLACK_WORKSPACE = 'T0DEMO';

/** The Agents Playground's defaults (@microsoft/m365agentsplayground, built-in config, version 0.1.1). */
export const PLAYGROUND = {
  tenantId: '00000000-0000-0000-0000-0000000000001',
  /** The current user, Alex Wilber (Bot Framework id `user-id-0`). */
  currentUserAadObjectId: '00000000-0000-0000-0000-0000000000020',
  /** The team's General channel: its id is the team id. */
  generalChannelId: 'team-id',
} as const;

const slack = (userId: string): PlatformIdentity => ({ platform: 'slack', workspaceId: DEMO_SLACK_WORKSPACE, userId });
const teams = (aadObjectId: string): PlatformIdentity => ({ platform: 'teams', workspaceId: PLAYGROUND.tenantId, userId: aadObjectId });
const playgroundUser = (n: number) => teams(`00000000-0000-0000-0000-00000000000${20 + n}`);

interface DemoTherapist {
  name: string;
  email: string;
  zone: string;
  identity: PlatformIdentity;
  channel: { platform: Platform; workspaceId: string; channelId: string };
}

export const DEMO_THERAPISTS = {
  slack: {
    name: 'Dr Priya Shah',
    email: 'priya.shah@therapy.example',
    zone: 'Europe/London',
    identity: slack('U0DEMOTH01'),
    channel: { platform: 'slack', workspaceId: DEMO_SLACK_WORKSPACE, channelId: 'C0DEMOPRIYA' },
  },
  teams: {
    // Megan Bowen is one of the Playground's built-in users.
    name: 'Megan Bowen',
    email: 'meganb@example.com',
    zone: 'Europe/London',
    identity: playgroundUser(1),
    channel: { platform: 'teams', workspaceId: PLAYGROUND.tenantId, channelId: PLAYGROUND.generalChannelId },
  },
} satisfies Record<string, DemoTherapist>;

interface DemoEmployee {
  name: string;
  zone: string;
  department: string;
  identity: PlatformIdentity;
  therapist: keyof typeof DEMO_THERAPISTS;
  email?: string;
}

export const DEMO_EMPLOYEES: DemoEmployee[] = [
  { name: 'Oliver Bennett', zone: 'Europe/London', department: 'Engineering', identity: slack('U0DEMO001'), therapist: 'slack' },
  { name: 'Amelia Clarke', zone: 'Europe/London', department: 'Engineering', identity: slack('U0DEMO002'), therapist: 'slack' },
  { name: 'Jack Thompson', zone: 'Europe/Dublin', department: 'Engineering', identity: slack('U0DEMO003'), therapist: 'slack' },
  { name: 'Leo Fischer', zone: 'Europe/Berlin', department: 'Engineering', identity: slack('U0DEMO004'), therapist: 'slack' },
  { name: 'Isla Patel', zone: 'Europe/London', department: 'Sales', identity: slack('U0DEMO005'), therapist: 'slack' },
  { name: 'Noah Williams', zone: 'America/New_York', department: 'Sales', identity: slack('U0DEMO006'), therapist: 'slack' },
  { name: 'Sofia Rossi', zone: 'Europe/Rome', department: 'Operations', identity: slack('U0DEMO007'), therapist: 'slack' },
  // The Playground's current user: a local Playground chat is this employee.
  {
    name: 'Alex Wilber',
    zone: 'Europe/London',
    department: 'Sales',
    identity: teams(PLAYGROUND.currentUserAadObjectId),
    therapist: 'teams',
    email: 'alexw@example.com',
  },
  {
    name: 'Adele Vance',
    zone: 'Europe/London',
    department: 'Sales',
    identity: playgroundUser(2),
    therapist: 'teams',
    email: 'adelev@example.com',
  },
  { name: 'Isaiah Langer', zone: 'America/Chicago', department: 'Operations', identity: playgroundUser(3), therapist: 'teams' },
  { name: 'Patti Fernandez', zone: 'Europe/Madrid', department: 'Sales', identity: playgroundUser(4), therapist: 'teams' },
  // On Teams, with the therapist whose channel is in Slack: the cross-platform case.
  { name: 'Lynne Robbins', zone: 'Europe/London', department: 'Engineering', identity: playgroundUser(5), therapist: 'slack' },
];

export const DEMO_HR = { name: 'Hana Okafor', zone: 'Europe/London', identity: slack('U0DEMOHR01'), email: 'hana.okafor@demo.example' };

/** Employees (by index in DEMO_EMPLOYEES) who have a session booked, including the Playground's user. */
const BOOKED = [0, 4, 7, 8, 11];
const AVAILABILITY_WEEKS = 3;
const FIRST_HOUR = 9;
const LAST_HOUR = 16; // the last slot starts 16:00 and ends 16:50
const SLOT_MINUTES = 50;

export async function seedDemo(services: CoreServices): Promise<{ created: boolean; organisation: string }> {
  // Its own services with a silent notifier: seeding never messages anyone, whatever the app is wired to.
  const ctx = services.context;
  const quiet = createServices({
    store: ctx.store,
    notifier: new SilentNotifier(),
    // The silent notifier's undelivered notices are expected here, not worth a warning each.
    log: ctx.log.child({ component: 'seed' }, { level: 'error' }),
    clock: ctx.clock,
    claimGraceMs: ctx.claimGraceMs,
  });
  const ok = <T>(what: string, r: ({ ok: true } & T) | { ok: false; error?: string; code?: string }): T => {
    if (!r.ok) throw new Error(`demo seed: ${what} refused: ${r.error ?? r.code}`);
    return r;
  };

  // Creating the organisation is the idempotency gate: a second run (or a second instance starting at the same
  // time) loses the insert and changes nothing.
  const org = await quiet.admin.createOrganisation({
    id: DEMO_ORG,
    name: 'Demo Ltd',
    zone: 'Europe/London',
    defaultAllowance: 4,
    rescheduleCutoffHours: 24,
    minReportGroupSize: 5,
  });
  if (!org.ok) {
    if (await ctx.store.directory.organisation(DEMO_ORG)) return { created: false, organisation: DEMO_ORG };
    throw new Error(`demo seed: ${org.error}`);
  }
  // The demo organisation claims the demo workspace and the Playground's tenant, so neither is "not set up yet".
  for (const [kind, externalId] of [
    ['slack_team', DEMO_SLACK_WORKSPACE],
    ['teams_tenant', PLAYGROUND.tenantId],
  ] as const) {
    const attached = await quiet.tenancy.attach({ orgId: DEMO_ORG, kind, externalId });
    if (!attached.ok) throw new Error(`demo seed: ${attached.error}`);
  }

  const therapists = {} as Record<keyof typeof DEMO_THERAPISTS, Actor>;
  for (const [key, t] of Object.entries(DEMO_THERAPISTS) as [keyof typeof DEMO_THERAPISTS, DemoTherapist][]) {
    const { person } = ok(
      'therapist',
      await quiet.admin.addPerson({
        orgId: DEMO_ORG,
        displayName: t.name,
        email: t.email,
        role: 'therapist',
        zone: t.zone,
        identity: t.identity,
      }),
    );
    ok('channel link', await quiet.admin.linkChannel(t.identity, t.channel));
    therapists[key] = actorOf(person);
  }

  const employees: Actor[] = [];
  for (const e of DEMO_EMPLOYEES) {
    const { person } = ok(
      `employee ${e.name}`,
      await quiet.admin.addPerson({
        orgId: DEMO_ORG,
        displayName: e.name,
        email: e.email ?? null,
        role: 'employee',
        zone: e.zone,
        department: e.department,
        identity: e.identity,
        therapist: DEMO_THERAPISTS[e.therapist].identity,
      }),
    );
    employees.push(actorOf(person));
  }
  ok(
    'HR admin',
    await quiet.admin.addPerson({
      orgId: DEMO_ORG,
      displayName: DEMO_HR.name,
      email: DEMO_HR.email,
      role: 'hr_admin',
      extraRoles: ['operator'],
      zone: DEMO_HR.zone,
      identity: DEMO_HR.identity,
    }),
  );

  // Weekday availability: hourly 50-minute slots from tomorrow, each weekday time repeated weekly for 3 weeks.
  for (const therapist of Object.values(therapists)) {
    const tomorrow = DateTime.fromJSDate(ctx.clock(), { zone: therapist.zone }).plus({ days: 1 }).startOf('day');
    for (let d = 0; d < 7; d++) {
      const day = tomorrow.plus({ days: d });
      if (day.weekday > 5) continue;
      for (let hour = FIRST_HOUR; hour <= LAST_HOUR; hour++) {
        ok(
          'availability',
          await quiet.availability.add(therapist, {
            date: day.toFormat('yyyy-MM-dd'),
            time: `${String(hour).padStart(2, '0')}:00`,
            durationMinutes: SLOT_MINUTES,
            weeks: AVAILABILITY_WEEKS,
          }),
        );
      }
    }
  }

  // A few booked sessions, a few days out so they can still be rescheduled, and one early cancellation.
  for (const [n, index] of BOOKED.entries()) {
    const employee = employees[index];
    if (!employee) continue;
    const { slots } = ok('open slots', await quiet.sessions.openSlots(employee, { days: 21 }));
    const soonest = ctx.clock().getTime() + 3 * 86_400_000;
    const candidates = slots.filter((s) => s.start.getTime() > soonest);
    const slot = candidates[(n * 7) % Math.max(candidates.length, 1)];
    if (!slot) continue;
    ok('booking', await quiet.sessions.book(employee, { slotId: slot.id }));
    if (n === 1) {
      // Isla books a second session and cancels it in good time: a credited-back cancellation in the history.
      const again = ok('open slots', await quiet.sessions.openSlots(employee, { days: 21 })).slots.filter(
        (s) => s.start.getTime() > soonest,
      );
      const other = again[again.length - 1];
      if (other && other.id !== slot.id) {
        const booked = ok('booking', await quiet.sessions.book(employee, { slotId: other.id }));
        ok(
          'cancellation',
          await quiet.sessions.cancel(employee, { sessionId: booked.session.id, reason: 'Clashes with a customer visit' }),
        );
      }
    }
  }
  return { created: true, organisation: DEMO_ORG };
}
