// A small world for tests: one organisation, a therapist with a linked channel and open slots, employees.
// Platforms are parameters so cross-platform scenarios (employee on Teams, therapist in Slack) are one call.
import { DateTime } from 'luxon';
import type { Platform, PlatformIdentity } from '../../src/domain/types.js';
import type { CoreServices } from '../../src/services/index.js';
import type { Actor } from '../../src/services/types.js';
import type { PersonDoc, SlotDoc } from '../../src/store/models.js';
import { actorOf } from '../../src/services/views.js';

export interface World {
  orgId: string;
  therapist: Actor;
  therapistDoc: PersonDoc;
  employees: Actor[];
  hr: Actor;
  channel: { platform: Platform; workspaceId: string; channelId: string };
  slots: SlotDoc[];
}

export interface WorldOptions {
  orgId?: string;
  zone?: string;
  employeeZone?: string;
  therapistZone?: string;
  allowance?: number;
  cutoffHours?: number;
  minReportGroupSize?: number;
  employees?: number;
  employeePlatform?: Platform;
  therapistPlatform?: Platform;
  /** Start of the first slot; slots follow every `slotEveryHours` hours. */
  firstSlot?: Date;
  slotCount?: number;
  slotEveryHours?: number;
  departments?: string[];
}

export const workspaceOf = (platform: Platform) => (platform === 'slack' ? 'T0TEST' : 'tenant-test');

export function identity(platform: Platform, userId: string): PlatformIdentity {
  return { platform, workspaceId: workspaceOf(platform), userId };
}

export async function seedWorld(services: CoreServices, opts: WorldOptions = {}): Promise<World> {
  const orgId = opts.orgId ?? 'acme';
  const zone = opts.zone ?? 'Europe/London';
  const tp = opts.therapistPlatform ?? 'slack';
  const ep = opts.employeePlatform ?? 'slack';
  const ok = <T>(r: ({ ok: true } & T) | { ok: false; error: string }): T => {
    if (!r.ok) throw new Error(`fixture refused: ${r.error}`);
    return r;
  };
  ok(
    await services.admin.createOrganisation({
      id: orgId,
      name: 'Acme Ltd',
      zone,
      defaultAllowance: opts.allowance ?? 4,
      rescheduleCutoffHours: opts.cutoffHours ?? 24,
      minReportGroupSize: opts.minReportGroupSize ?? 5,
    }),
  );
  // The default organisation keeps short ids (platform tests use them); others are prefixed to stay unique.
  const uid = (name: string) => (orgId === 'acme' ? `U${name}` : `U${orgId.toUpperCase()}${name}`);
  const therapistIdentity = identity(tp, uid('THERAPIST'));
  const { person: therapistDoc } = ok(
    await services.admin.addPerson({
      orgId,
      displayName: 'Dr Sam Rivers',
      role: 'therapist',
      zone: opts.therapistZone ?? zone,
      identity: therapistIdentity,
    }),
  );
  const channel = {
    platform: tp,
    workspaceId: workspaceOf(tp),
    channelId: tp === 'slack' ? `C${orgId.toUpperCase()}` : `19:${orgId}@thread.tacv2`,
  };
  ok(await services.admin.linkChannel(therapistIdentity, channel));
  const employees: Actor[] = [];
  const departments = opts.departments ?? ['Engineering'];
  for (let i = 0; i < (opts.employees ?? 2); i++) {
    const { person } = ok(
      await services.admin.addPerson({
        orgId,
        displayName: `Employee ${i + 1}`,
        role: 'employee',
        zone: opts.employeeZone ?? zone,
        department: departments[i % departments.length],
        identity: identity(ep, uid(`EMP${i + 1}`)),
        therapist: therapistIdentity,
      }),
    );
    employees.push(actorOf(person));
  }
  const { person: hrDoc } = ok(
    await services.admin.addPerson({
      orgId,
      displayName: 'Hana HR',
      role: 'hr_admin',
      extraRoles: ['operator'],
      zone,
      identity: identity(ep, uid('HR')),
    }),
  );
  const first = opts.firstSlot ?? DateTime.fromJSDate(services.context.clock()).plus({ days: 3 }).startOf('hour').toJSDate();
  const slots: SlotDoc[] = [];
  if ((opts.slotCount ?? 6) > 0) {
    const therapistActor = actorOf(therapistDoc);
    const every = opts.slotEveryHours ?? 2;
    for (let i = 0; i < (opts.slotCount ?? 6); i++) {
      const start = new Date(first.getTime() + i * every * 3_600_000);
      const local = DateTime.fromJSDate(start, { zone: therapistActor.zone });
      const added = await services.availability.add(therapistActor, {
        date: local.toFormat('yyyy-MM-dd'),
        time: local.toFormat('HH:mm'),
        durationMinutes: 50,
        weeks: 1,
      });
      if (!added.ok) throw new Error(`fixture slot refused: ${added.code}`);
    }
    slots.push(...(await services.context.store.sessions.slotsBetween(therapistDoc._id, new Date(0), new Date(8.64e15))));
  }
  return { orgId, therapist: actorOf(therapistDoc), therapistDoc, employees, hr: actorOf(hrDoc), channel, slots };
}

/** Books slot `slot` for employee `employee` of the world, or fails the test: the usual first step of a spec. */
export async function bookedSession(services: CoreServices, world: World, employee = 0, slot = 0): Promise<{ id: string; start: Date }> {
  const booked = await services.sessions.book(world.employees[employee] as Actor, { slotId: String(world.slots[slot]?._id) });
  if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
  return { id: booked.session.id, start: booked.session.start };
}
