// The operator commands: each parses its flags, calls one admin use case and prints what happened. The
// services do all validation and every rule; this file only turns flags into inputs and results into lines.
import { parseArgs } from 'node:util';
import type { Platform, PlatformIdentity, Role } from '../domain/types.js';
import type { PersonInput } from '../services/admin.js';
import type { CoreServices } from '../services/index.js';
import type { Delivery } from './delivery.js';
import { leftForAppLine } from './left-for-app.js';
import type { OperatorLookup, PersonRow } from './operator-lookup.js';
import { PeopleFileError, readPeopleFile } from './people-file.js';
import { seedDemo } from './seed-demo.js';
import { releaseAllPassed } from '../services/reservations/index.js';
import { markArchivedText } from '../services/data-protection/index.js';
import { installationKey } from '../store/installations.js';

import {
  b,
  EXIT_OK,
  EXIT_REFUSED,
  EXIT_USAGE,
  globalOptions,
  identityOf,
  int,
  need,
  platformOf,
  s,
  showIdentity,
  str,
  UsageError,
  type CliIO,
  type Command,
  type ExitCode,
  type Flags,
  type OptionSpec,
} from './command-kit.js';
import { dataProtectionCommands } from './data-protection-commands.js';
import { languageCommands } from './language-commands.js';
import { recommendationCommands } from './recommendation-commands.js';
import { therapistChangeCommands } from './therapist-change-commands.js';
import { count, policyLines } from './policy-text.js';

export { leftForAppLine };
export { consoleIO, EXIT_OK, EXIT_REFUSED, EXIT_USAGE, UsageError, type CliIO, type ExitCode } from './command-kit.js';

const POLICY_FLAGS = [
  'allowance',
  'cutoff-hours',
  'min-group',
  'zone',
  'reminder-lead-hours',
  'reminder-minutes-before',
  'support-line',
  'retention-days',
  'calendar-title',
];

/** The flags every person-adding command shares. */
const personBase = (flags: Flags) => ({
  orgId: need(flags, 'org'),
  displayName: need(flags, 'name'),
  zone: need(flags, 'zone'),
  email: str(flags, 'email') ?? null,
  department: str(flags, 'department'),
  identity: identityOf(flags),
});

const personOptions: OptionSpec = { org: s, name: s, zone: s, platform: s, workspace: s, user: s, email: s, department: s };

/** Slack claims say whether the app is installed there (a team may be served by its Grid's org-wide install). */
function slackInstallNote(claim: { kind: string; externalId: string }, installed: Set<string>): string {
  if (claim.kind === 'slack_team')
    return installed.has(installationKey({ teamId: claim.externalId, isEnterpriseInstall: false }))
      ? ' (installed)'
      : ' (not installed by itself)';
  if (claim.kind === 'slack_enterprise')
    return installed.has(installationKey({ enterpriseId: claim.externalId, isEnterpriseInstall: true }))
      ? ' (installed org-wide)'
      : ' (not installed org-wide)';
  return '';
}

/** A command acting on one person names their organisation; an identity of another organisation is refused, untouched. */
async function isPersonOf(lookup: OperatorLookup, flags: Flags, identity: PlatformIdentity, io: CliIO): Promise<boolean> {
  const orgId = need(flags, 'org');
  if (await lookup.isPersonOf(orgId, identity)) return true;
  io.err(`Refused: ${showIdentity(identity)} is not a person of organisation ${orgId}. Nothing was changed.`);
  return false;
}

async function addPerson(services: CoreServices, input: PersonInput, io: CliIO, label: string): Promise<ExitCode> {
  const result = await services.admin.addPerson(input);
  if (!result.ok) {
    io.err(`Refused: ${result.error}`);
    return EXIT_REFUSED;
  }
  io.out(
    `Added ${label} ${result.person.displayName} (${showIdentity(result.person.identity)}) to ${result.person.orgId}, id ${String(result.person._id)}`,
  );
  return EXIT_OK;
}

export const commands: Record<string, Command> = {
  'create-org': {
    summary: 'create an organisation',
    usage:
      '--id acme --name "Acme Ltd" --zone Europe/London --allowance 4 [--cutoff-hours 24] [--min-group 5]   (or --provider, for the provider itself)',
    options: { id: s, name: s, zone: s, allowance: s, 'cutoff-hours': s, 'min-group': s, provider: b },
    required: ['id', 'name', 'zone', 'allowance'],
    unlessGiven: { allowance: 'provider' },
    needsDb: true,
    async run(services, flags, io) {
      const provider = flags.provider === true;
      // The provider's own staff are not clients: it needs no allowance; an employer must state one.
      const allowance = int(flags, 'allowance') ?? 0;
      const result = await services.admin.createOrganisation({
        id: need(flags, 'id'),
        name: need(flags, 'name'),
        zone: need(flags, 'zone'),
        defaultAllowance: allowance,
        rescheduleCutoffHours: int(flags, 'cutoff-hours'),
        minReportGroupSize: int(flags, 'min-group'),
        provider,
      });
      if (!result.ok) {
        io.err(`Refused: ${result.error}`);
        return EXIT_REFUSED;
      }
      const o = result.org;
      if (o.provider) {
        io.out(`Created provider organisation ${o._id} (${o.name}): zone ${o.zone}; its therapists may take clients of every organisation`);
        return EXIT_OK;
      }
      io.out(`Created organisation ${o._id} (${o.name}):`);
      for (const line of policyLines(o)) io.out(line);
      return EXIT_OK;
    },
  },

  'set-policy': {
    summary: "change an organisation's allowance, cutoff, report group size, zone, reminders, support line, retention or calendar title",
    usage:
      '--org acme [--allowance N] [--cutoff-hours N] [--min-group N] [--zone Europe/London] [--reminder-lead-hours N] ' +
      '[--reminder-minutes-before N] [--support-line "the Acme support line, 0800 123 456"] [--retention-days 365] ' +
      '[--calendar-title "Private appointment"]',
    options: {
      org: s,
      allowance: s,
      'cutoff-hours': s,
      'min-group': s,
      zone: s,
      'reminder-lead-hours': s,
      'reminder-minutes-before': s,
      'support-line': s,
      'retention-days': s,
      'calendar-title': s,
    },
    required: ['org'],
    needsDb: true,
    async run(services, flags, io) {
      const changes = {
        defaultAllowance: int(flags, 'allowance'),
        rescheduleCutoffHours: int(flags, 'cutoff-hours'),
        minReportGroupSize: int(flags, 'min-group'),
        zone: str(flags, 'zone'),
        reminderLeadHours: int(flags, 'reminder-lead-hours'),
        reminderMinutesBefore: int(flags, 'reminder-minutes-before'),
        supportLine: str(flags, 'support-line'),
        retentionDays: int(flags, 'retention-days'),
        calendarTitle: str(flags, 'calendar-title'),
      };
      const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      if (Object.keys(given).length === 0) {
        throw new UsageError(`give at least one of ${POLICY_FLAGS.map((n) => `--${n}`).join(', ')}`);
      }
      const result = await services.admin.setPolicy(need(flags, 'org'), given);
      if (!result.ok) {
        io.err(`Refused: ${result.error}`);
        return EXIT_REFUSED;
      }
      io.out(`Policy of ${result.org._id}:`);
      for (const line of policyLines(result.org)) io.out(line);
      return EXIT_OK;
    },
  },

  'add-therapist': {
    summary: 'add a therapist, and link their channel when --channel is given',
    usage:
      '--org acme --name "Dr Sam Rivers" --zone Europe/London --platform slack|teams --workspace T0123 --user U0123 [--email ..] [--channel C0123]',
    options: { ...personOptions, channel: s },
    required: ['org', 'name', 'zone', 'platform', 'workspace', 'user'],
    needsDb: true,
    async run(services, flags, io) {
      const identity = identityOf(flags);
      const channelId = str(flags, 'channel');
      const code = await addPerson(services, { ...personBase(flags), role: 'therapist' }, io, 'therapist');
      if (code !== EXIT_OK || !channelId) return code;
      return linkChannel(services, identity, { platform: identity.platform, workspaceId: identity.workspaceId, channelId }, io);
    },
  },

  'attach-workspace': {
    summary: 'attach a Slack workspace (or Enterprise Grid org) or a Teams tenant to an organisation',
    usage: '--org acme --kind slack_team|slack_enterprise|teams_tenant --id T0123',
    options: { org: s, kind: s, id: s },
    required: ['org', 'kind', 'id'],
    needsDb: true,
    async run(services, flags, io) {
      const result = await services.tenancy.attach({ orgId: str(flags, 'org'), kind: str(flags, 'kind'), externalId: str(flags, 'id') });
      if (!result.ok) {
        io.err(`Refused: ${result.error}`);
        return EXIT_REFUSED;
      }
      io.out(`Attached ${str(flags, 'id')} to ${str(flags, 'org')}.`);
      return EXIT_OK;
    },
  },

  'list-installs': {
    summary: 'show which workspaces and tenants each organisation claims, and which Slack installations exist (never tokens)',
    usage: '[--org acme]',
    options: { org: s },
    required: [],
    needsDb: true,
    async run(services, flags, io, lookup) {
      const only = str(flags, 'org');
      const [organisations, { claimed, installed }] = await Promise.all([lookup.organisations(), services.tenancy.overview()]);
      if (only && !organisations.some((o) => o.id === only)) {
        io.err(`Refused: no organisation ${only}`);
        return EXIT_REFUSED;
      }
      const installedKeys = new Set(installed.map((i) => i._id));
      const claimOf = (kind: string, id: string) => claimed.find((c) => c.kind === kind && c.externalId === id);
      for (const org of organisations.filter((o) => !only || o.id === only)) {
        const own = claimed.filter((c) => c.orgId === org.id).map((c) => `${c.kind} ${c.externalId}${slackInstallNote(c, installedKeys)}`);
        io.out(
          `Organisation ${org.id} (${org.name})${org.provider ? ', the provider' : ''}: ${own.length > 0 ? own.join(', ') : 'claims no workspace yet'}`,
        );
      }
      const shown = installed
        .map((i) => ({
          i,
          owner: (i.isEnterpriseInstall ? undefined : claimOf('slack_team', i.teamId)) ?? claimOf('slack_enterprise', i.enterpriseId),
        }))
        .filter(({ owner }) => !only || owner?.orgId === only);
      io.out(`Slack installations: ${shown.length}`);
      for (const { i, owner } of shown) {
        const where = i.isEnterpriseInstall
          ? `enterprise ${i.enterpriseId} (org-wide)`
          : `team ${i.teamId}${i.enterpriseId ? ` in enterprise ${i.enterpriseId}` : ''}`;
        io.out(
          `  ${where}, installed ${i.installedAt.toISOString()}, updated ${i.updatedAt.toISOString()}: ${owner ? owner.orgId : 'claimed by no organisation'}`,
        );
      }
      return EXIT_OK;
    },
  },

  'set-meeting-link': {
    summary: "set (or with --remove, clear) a therapist's meeting link, shown with every session",
    usage: '--org care --platform slack|teams --workspace T0123 --user U0123 (--url https://meet.example.com/sam | --remove)',
    options: { org: s, platform: s, workspace: s, user: s, url: s, remove: b },
    required: ['org', 'platform', 'workspace', 'user'],
    needsDb: true,
    async run(services, flags, io, lookup) {
      const url = str(flags, 'url') ?? null;
      if ((url === null) === (flags.remove !== true)) throw new UsageError('give exactly one of --url and --remove');
      if (!(await isPersonOf(lookup, flags, identityOf(flags), io))) return EXIT_REFUSED;
      const result = await services.meetingLinks.setFor(identityOf(flags), url);
      if (!result.ok) {
        io.err(`Refused: ${result.error}`);
        return EXIT_REFUSED;
      }
      io.out(result.meetingLink ? 'Meeting link set.' : 'Meeting link removed.');
      return EXIT_OK;
    },
  },

  'set-reply-hours': {
    summary: "set a therapist's usual reply time and hours, shown to employees who message them",
    usage:
      '--org care --platform slack|teams --workspace T0123 --user U0123 [--usual "within one working day"] [--days 1-5 | --days 1,3,5 --from 09:00 --to 17:00]',
    options: { org: s, platform: s, workspace: s, user: s, usual: s, days: s, from: s, to: s },
    required: ['org', 'platform', 'workspace', 'user'],
    needsDb: true,
    async run(services, flags, io, lookup) {
      if (!(await isPersonOf(lookup, flags, identityOf(flags), io))) return EXIT_REFUSED;
      const days = str(flags, 'days');
      const range = days ? /^([1-7])-([1-7])$/.exec(days) : null;
      const dayList = range
        ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
        : days?.split(',').map(Number);
      const hours = dayList ? { days: dayList, from: str(flags, 'from') ?? '', to: str(flags, 'to') ?? '' } : null;
      const result = await services.replyHours.setFor(identityOf(flags), { usualReply: str(flags, 'usual') ?? null, hours });
      if (!result.ok) {
        io.err(`Refused: ${result.error}`);
        return EXIT_REFUSED;
      }
      io.out('Reply time and hours set.');
      return EXIT_OK;
    },
  },

  'set-booking-notice': {
    summary: "set how many hours ahead a therapist's clients can book, request or accept a time (1 to 72; 24 unless set)",
    usage: '--org care --platform slack|teams --workspace T0123 --user U0123 --hours 12',
    options: { org: s, platform: s, workspace: s, user: s, hours: s },
    required: ['org', 'platform', 'workspace', 'user', 'hours'],
    needsDb: true,
    async run(services, flags, io, lookup) {
      if (!(await isPersonOf(lookup, flags, identityOf(flags), io))) return EXIT_REFUSED;
      const result = await services.bookingNotice.setFor(identityOf(flags), need(flags, 'hours'));
      if (!result.ok) {
        io.err(`Refused: ${result.error}`);
        return EXIT_REFUSED;
      }
      io.out(`Booking notice set: clients book at least ${result.hours} hours ahead.`);
      return EXIT_OK;
    },
  },

  'set-away': {
    summary: "set a therapist's days away (first and last day, in their zone), or clear them: no times offered or booked then",
    usage: '--org care --platform slack|teams --workspace T0123 --user U0123 (--from 2027-01-04 --to 2027-01-15 | --clear)',
    options: { org: s, platform: s, workspace: s, user: s, from: s, to: s, clear: b },
    required: ['org', 'platform', 'workspace', 'user'],
    needsDb: true,
    async run(services, flags, io, lookup) {
      const from = str(flags, 'from');
      if ((from === undefined) === (flags.clear !== true)) throw new UsageError('give --from (and --to) or --clear');
      if (!(await isPersonOf(lookup, flags, identityOf(flags), io))) return EXIT_REFUSED;
      const result = await services.away.setFor(identityOf(flags), from ? `${from} ${str(flags, 'to') ?? from}` : 'clear');
      if (!result.ok) {
        io.err(`Refused: ${result.error}`);
        return EXIT_REFUSED;
      }
      const periods = result.periods.map((p) => `${p.from} to ${p.to}`).join(', ') || 'none';
      io.out(`Days away: ${periods}.${result.booked ? ` ${result.booked} sessions are booked then: the therapist can cancel them.` : ''}`);
      return EXIT_OK;
    },
  },

  'add-employee': {
    summary: 'add an employee and assign their therapist',
    usage:
      '--org acme --name "Jo Bloggs" --zone Europe/London --platform slack|teams --workspace T0123 --user U0456 --therapist-user U0123 ' +
      '[--therapist-platform slack|teams] [--therapist-workspace T0123] [--department Sales] [--allowance N] [--email ..]',
    options: { ...personOptions, 'therapist-user': s, 'therapist-platform': s, 'therapist-workspace': s, allowance: s },
    required: ['org', 'name', 'zone', 'platform', 'workspace', 'user', 'therapist-user'],
    needsDb: true,
    async run(services, flags, io) {
      const identity = identityOf(flags);
      const therapist = {
        platform: platformOf(flags, 'therapist-platform', identity.platform),
        workspaceId: str(flags, 'therapist-workspace') ?? identity.workspaceId,
        userId: need(flags, 'therapist-user'),
      };
      return addPerson(
        services,
        { ...personBase(flags), role: 'employee', therapist, allowance: int(flags, 'allowance') ?? null },
        io,
        'employee',
      );
    },
  },

  'add-hr': {
    summary: 'add an HR admin (sees aggregated usage only; --operator also lets them link channels)',
    usage:
      '--org acme --name "Hana HR" --zone Europe/London --platform slack|teams --workspace T0123 --user U0789 [--email ..] [--operator]',
    options: { ...personOptions, operator: b },
    required: ['org', 'name', 'zone', 'platform', 'workspace', 'user'],
    needsDb: true,
    async run(services, flags, io) {
      return addPerson(
        services,
        { ...personBase(flags), role: 'hr_admin', extraRoles: flags.operator === true ? ['operator'] : [] },
        io,
        'HR admin',
      );
    },
  },

  'link-channel': {
    summary: "link a therapist's channel (employee threads are opened there)",
    usage:
      '--org care --platform slack|teams --workspace T0123 --therapist-user U0123 --channel C0123 [--channel-platform ..] [--channel-workspace ..]',
    options: { org: s, platform: s, workspace: s, 'therapist-user': s, channel: s, 'channel-platform': s, 'channel-workspace': s },
    required: ['org', 'platform', 'workspace', 'therapist-user', 'channel'],
    needsDb: true,
    async run(services, flags, io, lookup) {
      const therapist = identityOf(flags, 'therapist-user');
      if (!(await isPersonOf(lookup, flags, therapist, io))) return EXIT_REFUSED;
      return linkChannel(
        services,
        therapist,
        {
          platform: platformOf(flags, 'channel-platform', therapist.platform),
          workspaceId: str(flags, 'channel-workspace') ?? therapist.workspaceId,
          channelId: need(flags, 'channel'),
        },
        io,
      );
    },
  },

  'set-allowance': {
    summary: "set an employee's monthly allowance, or `default` for the organisation's",
    usage: '--org acme --platform slack|teams --workspace T0123 --user U0456 --allowance N|default',
    options: { org: s, platform: s, workspace: s, user: s, allowance: s },
    required: ['org', 'platform', 'workspace', 'user', 'allowance'],
    needsDb: true,
    async run(services, flags, io, lookup) {
      const identity = identityOf(flags);
      if (!(await isPersonOf(lookup, flags, identity, io))) return EXIT_REFUSED;
      const allowance = need(flags, 'allowance') === 'default' ? null : (int(flags, 'allowance') as number);
      const result = await services.admin.setAllowance(identity, allowance);
      if (!result.ok) {
        io.err(`Refused: ${result.error}`);
        return EXIT_REFUSED;
      }
      io.out(
        `Allowance of ${showIdentity(identity)}: ${allowance === null ? "the organisation's default" : `${count(allowance, 'session')} a month`}`,
      );
      return EXIT_OK;
    },
  },

  import: {
    summary: 'import people from a CSV (with a header row) or JSON file; reports every refused row',
    usage:
      '--org acme --file people.csv|people.json   (columns: name,role,zone,department,platform,workspace_id,user_id,therapist_user_id,allowance,email)',
    options: { org: s, file: s },
    required: ['org', 'file'],
    needsDb: true,
    async run(services, flags, io) {
      const orgId = need(flags, 'org');
      let file;
      try {
        file = await readPeopleFile(need(flags, 'file'));
      } catch (err) {
        if (err instanceof PeopleFileError) {
          io.err(`Refused: ${err.message}. Nothing was imported.`);
          return EXIT_REFUSED;
        }
        throw err;
      }
      if (file.rows.length === 0) {
        io.err('Refused: the file has no rows. Nothing was imported.');
        return EXIT_REFUSED;
      }
      if (!(await services.context.store.directory.organisation(orgId))) {
        io.err(`Refused: no organisation ${orgId}. Nothing was imported.`);
        return EXIT_REFUSED;
      }
      const report = await services.admin.importPeople(orgId, file.rows);
      for (const r of report.refused) {
        const row = file.rows[r.row - 1];
        const who = row?.name ? ` (${row.name})` : '';
        io.out(`row ${r.row}, ${file.where[r.row - 1] ?? '?'}${who}: refused: ${r.error}`);
      }
      io.out(`Imported ${report.added} of ${file.rows.length} rows into ${orgId}; ${report.refused.length} refused.`);
      return report.refused.length > 0 ? EXIT_REFUSED : EXIT_OK;
    },
  },

  'list-people': {
    summary: "list an organisation's people with their ids, roles and platform identities (--role to narrow)",
    usage: '--org acme [--role employee|therapist|hr_admin|operator]',
    options: { org: s, role: s },
    required: ['org'],
    needsDb: true,
    async run(_services, flags, io, lookup) {
      const orgId = need(flags, 'org');
      const role = roleOf(flags);
      if (!(await lookup.organisation(orgId))) {
        io.err(`Refused: no organisation ${orgId}`);
        return EXIT_REFUSED;
      }
      const people = await lookup.peopleOf(orgId, role);
      const names = new Map(people.map((p) => [p.id, p.displayName]));
      for (const p of people) io.out(personLine(p, names));
      io.out(`${people.length} ${people.length === 1 ? 'person' : 'people'}${role ? ` with role ${role}` : ''} in ${orgId}.`);
      return EXIT_OK;
    },
  },

  'show-org': {
    summary: "show an organisation's policy, how many people it has in each role and its linked channels",
    usage: '--org acme',
    options: { org: s },
    required: ['org'],
    needsDb: true,
    async run(_services, flags, io, lookup) {
      const orgId = need(flags, 'org');
      const org = await lookup.organisation(orgId);
      if (!org) {
        io.err(`Refused: no organisation ${orgId}`);
        return EXIT_REFUSED;
      }
      io.out(`Organisation ${org.id} (${org.name})`);
      for (const line of policyLines(org)) io.out(line);
      const { employee, therapist, hr_admin: hr, operator } = org.people;
      io.out(
        `  people: ${count(employee, 'employee')}, ${count(therapist, 'therapist')}, ${count(hr, 'HR admin')}, ${count(operator, 'operator')}`,
      );
      const unreachable = org.unreachableChannels
        ? ` (${org.unreachableChannels} the bot cannot post in: invite it there, with /invite @Wellbeing in Slack or by adding the app to the team in Teams)`
        : '';
      io.out(`  linked therapist channels: ${org.linkedChannels}${unreachable}`);
      return EXIT_OK;
    },
  },

  'seed-demo': {
    summary: 'create the demo organisation `demo` with people, availability and a few sessions (no-op when it exists)',
    usage: '',
    options: {},
    required: [],
    needsDb: true,
    async run(services, _flags, io) {
      const result = await seedDemo(services);
      io.out(
        result.created
          ? `Created the demo organisation ${result.organisation}.`
          : `The demo organisation ${result.organisation} already exists; nothing changed.`,
      );
      return EXIT_OK;
    },
  },

  sweep: {
    summary:
      "run the periodic sweep once, delivering what it owes through the app's notifiers (expire requests, send due reminders, finish interrupted changes)",
    usage: '',
    options: {},
    required: [],
    needsDb: true,
    delivers: true,
    async run(_services, _flags, io, _lookup, delivery) {
      // What the sweep owes people must reach them or stay owed: never run it with the silent notifier.
      if (!delivery) {
        io.err("Refused: the sweep needs the app's notifiers, and this run has none. Nothing was swept.");
        return EXIT_REFUSED;
      }
      const r = await delivery.services.sweep();
      await delivery.idle();
      if (!r.swept) {
        io.out('Another instance is sweeping this minute; nothing was done here. Run it again in a minute if needed.');
        return EXIT_OK;
      }
      io.out(
        `Sweep done: ${r.expired} requests expired, ${r.remindersDue} reminders due, ${r.rolledForward} changes rolled forward, ` +
          `${r.owedSettled} earlier owed entries retried, ${r.deliveryKeysRemoved} delivery keys removed, ` +
          `${r.claimsReleased + r.claimsRetired} claims no longer needed removed.`,
      );
      for (const left of delivery.leftForApp()) io.out(leftForAppLine(left));
      return EXIT_OK;
    },
  },

  'stamp-history': {
    summary:
      'once after upgrading: stamp the day on history written by an older version, release the claims it kept for passed time and mark the archived free text (idempotent)',
    usage: '',
    options: {},
    required: [],
    needsDb: true,
    async run(services, _flags, io) {
      const stamped = await services.context.store.historyStamps.stamp();
      const released = await releaseAllPassed(services.context);
      const text = await markArchivedText(services.context);
      io.out(
        `Stamped ${stamped.sessions} sessions, ${stamped.requests} requests, ${stamped.auditEvents} audit events, ` +
          `${stamped.deliveries} delivery keys and ${stamped.claims} claims; moved ${stamped.markers} once-only markers out of claims; ` +
          `released ${released} claims for time that has passed; marked ${text.marked} archived documents holding free text ` +
          `(${text.purged} of them past retention, purged). The sweep moves settled history to the cold collections.`,
      );
      return EXIT_OK;
    },
  },

  ...languageCommands,
  ...dataProtectionCommands,
  ...recommendationCommands,
  ...therapistChangeCommands,

  help: {
    summary: "show this help, or one command's flags: help <command>",
    usage: '[command]',
    options: {},
    required: [],
    needsDb: false,
    async run(_services, flags, io) {
      io.out(helpText(str(flags, 'topic')));
      return EXIT_OK;
    },
  },
};

const roles: Role[] = ['employee', 'therapist', 'hr_admin', 'operator'];
const roleOf = (flags: Flags): Role | undefined => {
  const v = str(flags, 'role');
  if (v === undefined) return undefined;
  const role = roles.find((r) => r === v.trim());
  if (!role) throw new UsageError(`--role must be one of ${roles.join(', ')}, not "${v}"`);
  return role;
};

/** One person per line: id first, so an operator can copy it into the next command. */
function personLine(p: PersonRow, names: Map<string, string>): string {
  const extras = [
    p.department !== 'Unassigned' ? `department ${p.department}` : '',
    p.therapistId ? `therapist ${names.get(p.therapistId) ?? p.therapistId}` : '',
    p.allowanceOverride !== null ? `allowance ${p.allowanceOverride}` : '',
    p.channelUnreachableSince ? `channel unreachable since ${p.channelUnreachableSince.toISOString()}: invite the bot to it` : '',
  ].filter(Boolean);
  return `${p.id}  ${p.roles.join('+')}  ${p.displayName}  ${p.identity}  ${p.zone}${extras.length ? `  (${extras.join(', ')})` : ''}`;
}

async function linkChannel(
  services: CoreServices,
  therapist: PlatformIdentity,
  channel: { platform: Platform; workspaceId: string; channelId: string },
  io: CliIO,
): Promise<ExitCode> {
  const result = await services.admin.linkChannel(therapist, channel);
  if (!result.ok) {
    io.err(`Refused: ${result.error}`);
    return EXIT_REFUSED;
  }
  io.out(`Linked channel ${channel.platform}:${channel.workspaceId}:${channel.channelId} to therapist ${showIdentity(therapist)}`);
  return EXIT_OK;
}

export function helpText(topic?: string): string {
  const command = topic ? commands[topic] : undefined;
  if (command && topic) return `npm run admin -- ${topic} ${command.usage}\n  ${command.summary}`;
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length));
  return [
    'Operator commands for the wellbeing assistant.',
    '',
    'Usage: npm run admin -- <command> [--flags]',
    '',
    ...names.map((n) => `  ${n.padEnd(width)}  ${commands[n]?.summary ?? ''}`),
    '',
    'Connects to MONGODB_URI, or without it to the local database `npm start` uses. Never messages anyone, except sweep,',
    "erase-person, offboard-person, approve-recommendation, decline-recommendation and reassign-employee: they deliver with the app's Slack,",
    'Teams and e-mail settings, and leave for the app what they cannot send.',
    'Exit codes: 0 done, 1 refused (the reason is printed), 2 usage error.',
    "Run `npm run admin -- help <command>` for a command's flags.",
  ].join('\n');
}

export interface ParsedCommand {
  name: string;
  command: Command;
  flags: Flags;
}

/** Parses `<command> [--flags]`; throws UsageError for an unknown command, unknown flag or missing flag. */
export function parseCommandLine(argv: string[]): ParsedCommand {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') return { name: 'help', command: commands.help as Command, flags: {} };
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...globalOptions, ...command.options },
      strict: true,
      allowPositionals: name === 'help' || command.positional !== undefined,
    });
  } catch (err) {
    throw new UsageError(`${name}: ${(err as Error).message.split('\n')[0]}`);
  }
  const flags: Flags = { ...parsed.values };
  if (name === 'help') flags.topic = parsed.positionals[0];
  else if (command.positional && parsed.positionals.length > 0) {
    const names = command.positional;
    if (parsed.positionals.length > names.length || names.some((n, i) => i < parsed.positionals.length && typeof flags[n] === 'string'))
      throw new UsageError(`${name}: one ${names.join(' and one ')} only\n  usage: npm run admin -- ${name} ${command.usage}`);
    parsed.positionals.forEach((value, i) => (flags[names[i] ?? ''] = value));
  }
  if (flags.help === true) return { name: 'help', command: commands.help as Command, flags: { topic: name } };
  const excused = (f: string) => command.unlessGiven?.[f] !== undefined && flags[command.unlessGiven[f] ?? ''] === true;
  const missing = command.required.filter((f) => !excused(f) && (typeof flags[f] !== 'string' || (flags[f] as string).trim() === ''));
  if (missing.length > 0) {
    throw new UsageError(`${name}: missing ${missing.map((f) => `--${f}`).join(', ')}\n  usage: npm run admin -- ${name} ${command.usage}`);
  }
  return { name, command, flags };
}

/** Parses and runs one command line against the services; the exit code says how it went. */
export async function execute(
  services: CoreServices,
  argv: string[],
  io: CliIO,
  lookup: OperatorLookup,
  delivery?: Delivery,
): Promise<ExitCode> {
  try {
    const { command, flags } = parseCommandLine(argv);
    return await command.run(services, flags, io, lookup, delivery);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`Usage error: ${err.message}`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
