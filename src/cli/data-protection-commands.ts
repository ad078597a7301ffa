// The operator's data-protection commands (docs/design.md §10): subject access (export-person), erasure
// (erase-person), leavers (offboard-person), detaching a workspace and re-sealing installs under a new key.
// Output names people only to the operator's own terminal; nothing here is logged.
import type { PersonDoc } from '../store/models.js';
import type { CoreServices } from '../services/index.js';
import {
  b,
  EXIT_OK,
  EXIT_REFUSED,
  identityOf,
  need,
  s,
  showIdentity,
  UsageError,
  type CliIO,
  type Command,
  type ExitCode,
  type Flags,
} from './command-kit.js';
import { count } from './policy-text.js';
import { cipherFromEnv } from './token-key.js';
import { leftForAppLine } from './left-for-app.js';

const identityOptions = { org: s, platform: s, workspace: s, user: s };
const identityUsage = '--org acme --platform slack|teams --workspace T0123 --user U0456';

/** The person the flags name in the organisation they name (a leaver too), or the refusal printed. */
async function personOf(services: CoreServices, flags: Flags, io: CliIO): Promise<PersonDoc | null> {
  const orgId = need(flags, 'org');
  const identity = identityOf(flags);
  const found = await services.admin.personOf(orgId, identity);
  if (found.ok) return found.person;
  io.err(`Refused: ${found.error} (${showIdentity(identity)}). Nothing was changed.`);
  return null;
}

const clientLines = (clients: { id: string; displayName: string }[]): string[] =>
  clients.length === 0
    ? []
    : [
        `${count(clients.length, 'client')} now ${clients.length === 1 ? 'has' : 'have'} no therapist (their threads with them are closed; ` +
          'they cannot book or message until one is assigned):',
        ...clients.map((c) => `  ${c.id}  ${c.displayName}`),
      ];

export const dataProtectionCommands: Record<string, Command> = {
  'export-person': {
    summary: 'print everything stored about one person as JSON (subject access request)',
    usage: identityUsage,
    options: identityOptions,
    required: ['org', 'platform', 'workspace', 'user'],
    needsDb: true,
    async run(services, flags, io) {
      const person = await personOf(services, flags, io);
      if (!person) return EXIT_REFUSED;
      const exported = await services.admin.exportPerson(person, cipherFromEnv());
      io.out(JSON.stringify(exported, null, 2));
      return EXIT_OK;
    },
  },

  'erase-person': {
    summary: 'erase one person irreversibly (future sessions cancelled and credited, threads closed, identity and free text removed)',
    usage: `${identityUsage} --confirm   (without --confirm: says what would be erased, changes nothing)`,
    options: { ...identityOptions, confirm: b },
    required: ['org', 'platform', 'workspace', 'user'],
    needsDb: true,
    delivers: true,
    async run(services, flags, io, _lookup, delivery) {
      const person = await personOf(services, flags, io);
      if (!person) return EXIT_REFUSED;
      if (person.erasedAt) {
        io.err('Refused: this person was erased already. Nothing was changed.');
        return EXIT_REFUSED;
      }
      if (flags.confirm !== true) {
        const found = await services.admin.exportPerson(person, null);
        const future = found.sessions.filter((x) => x.status === 'booked' && x.start.getTime() > services.context.clock().getTime()).length;
        io.err(
          `Refused without --confirm: erasing ${showIdentity(person.identity)} would cancel ${count(future, 'future session')}, close ` +
            `${count(found.relayThreads.length, 'relay thread')}, remove their name, e-mail and identity, and erase the free text of ` +
            `${count(found.rescheduleRequests.length, 'reschedule request')}, ${count(found.sessions.length, 'session')} and ` +
            `${count(found.auditEvents.length, 'audit event')}. It cannot be undone. Nothing was changed.`,
        );
        return EXIT_REFUSED;
      }
      const result = await services.admin.erasePerson(person, cipherFromEnv());
      await (delivery ?? services).idle();
      if (!result.ok) {
        io.err(`Refused: ${result.error}.`);
        return EXIT_REFUSED;
      }
      io.out(
        `Erased person ${String(person._id)}: ${count(result.sessionsCancelled, 'future session')} cancelled and credited, ` +
          `${count(result.relayThreadsClosed, 'relay thread')} closed; ${count(result.sessionsKept, 'session')} kept as de-identified facts; ` +
          `free text of ${count(result.requestsErased, 'request')} and ${count(result.auditEventsErased, 'audit event')} erased.`,
      );
      if (result.installsForgotten === null && person.identity.platform === 'slack') {
        io.out('Slack installs were not checked for this installer: SLACK_TOKEN_ENCRYPTION_KEY is not set here.');
      } else if (result.installsForgotten) {
        io.out(`Their id was removed from ${count(result.installsForgotten, 'Slack install')} they made.`);
      }
      for (const line of clientLines(result.clientsWithoutTherapist)) io.out(line);
      io.out('Messages already delivered in Slack or Teams are not in this database: delete them there if the request covers them.');
      for (const left of delivery?.leftForApp() ?? []) io.out(leftForAppLine(left));
      return EXIT_OK;
    },
  },

  'offboard-person': {
    summary: 'a leaver: no longer admitted, future sessions cancelled and credited (both sides told); history kept until retention',
    usage: identityUsage,
    options: identityOptions,
    required: ['org', 'platform', 'workspace', 'user'],
    needsDb: true,
    delivers: true,
    async run(services, flags, io, _lookup, delivery) {
      const person = await personOf(services, flags, io);
      if (!person) return EXIT_REFUSED;
      const result = await services.admin.offboardPerson(person);
      await (delivery ?? services).idle();
      if (!result.ok) {
        io.err(`Refused: ${result.error}.`);
        return EXIT_REFUSED;
      }
      io.out(
        `Offboarded ${person.displayName} (${showIdentity(person.identity)}): no longer admitted; ` +
          `${count(result.sessionsCancelled, 'future session')} cancelled and credited; ${count(result.relayThreadsClosed, 'relay thread')} closed.`,
      );
      for (const line of clientLines(result.clientsWithoutTherapist)) io.out(line);
      for (const left of delivery?.leftForApp() ?? []) io.out(leftForAppLine(left));
      return EXIT_OK;
    },
  },

  'detach-workspace': {
    summary: 'detach a Slack workspace, Enterprise Grid org or Teams tenant from an organisation (its requests are refused at once)',
    usage: '--org acme --kind slack_team|slack_enterprise|teams_tenant --id T0123',
    options: { org: s, kind: s, id: s },
    required: ['org', 'kind', 'id'],
    needsDb: true,
    async run(services, flags, io) {
      const result = await services.tenancy.detach({
        orgId: need(flags, 'org'),
        kind: need(flags, 'kind') as never,
        externalId: need(flags, 'id'),
      });
      if (!result.ok) {
        io.err(`Refused: ${result.error}`);
        return EXIT_REFUSED;
      }
      io.out(`Detached ${need(flags, 'id')} from ${need(flags, 'org')}. People there are no longer served; their records are kept.`);
      return EXIT_OK;
    },
  },

  'reseal-installs': {
    summary:
      'after a key rotation: re-seal every Slack install under SLACK_TOKEN_ENCRYPTION_KEY (old keys in SLACK_TOKEN_ENCRYPTION_KEYS_OLD)',
    usage: '',
    options: {},
    required: [],
    needsDb: true,
    async run(services, _flags, io): Promise<ExitCode> {
      const cipher = cipherFromEnv();
      if (!cipher)
        throw new UsageError(
          'reseal-installs needs SLACK_TOKEN_ENCRYPTION_KEY (the new key) and SLACK_TOKEN_ENCRYPTION_KEYS_OLD (the old ones)',
        );
      const r = await services.admin.resealInstalls(cipher);
      io.out(
        `Re-sealed ${count(r.resealed, 'install')} under the current key; ${r.alreadyCurrent} already were` +
          `${r.changedMeanwhile ? `; ${r.changedMeanwhile} changed meanwhile (sealed by whoever changed them)` : ''}.`,
      );
      if (r.unreadable.length > 0) {
        io.err(
          `Refused for ${count(r.unreadable.length, 'install')} no given key opens: ${r.unreadable.join(', ')}. Add its key to SLACK_TOKEN_ENCRYPTION_KEYS_OLD.`,
        );
        return EXIT_REFUSED;
      }
      return EXIT_OK;
    },
  },
};
