// The provider's operators decide extra sessions (issue 19, §4): list what waits (with the therapist's clinical note,
// for the provider's eyes only: printed to the operator's terminal, never logged), approve or decline one. Approving
// and declining tell people, so they deliver with the app's notifiers like the sweep (left for the app otherwise).
import { monthName } from '../i18n/dates.js';
import { refusalText } from '../domain/refusals.js';
import type { CoreServices } from '../services/index.js';
import type { RecommendationDecided } from '../services/recommendations/index.js';
import type { Result } from '../services/types.js';
import { EXIT_OK, EXIT_REFUSED, need, s, str, type CliIO, type Command, type ExitCode, type Flags } from './command-kit.js';
import type { Delivery } from './delivery.js';
import { leftForAppLine } from './left-for-app.js';
import { SOURCE_READER } from '../i18n/locales.js';

/** Who decided, for the audit: `--by`, else the operating-system user running the command. */
const approverOf = (flags: Flags): string => `operator:${str(flags, 'by')?.trim() || process.env.USER || process.env.LOGNAME || 'cli'}`;

const sessionsWord = (n: number) => `${n} extra session${n === 1 ? '' : 's'}`;

async function report(
  result: Result<RecommendationDecided>,
  io: CliIO,
  services: CoreServices,
  delivery: Delivery | undefined,
): Promise<ExitCode> {
  await (delivery ?? services).idle();
  if (!result.ok) {
    io.err(`Refused: ${refusalText(result, 'employee', SOURCE_READER)} Nothing was changed.`);
    return EXIT_REFUSED;
  }
  const what = `${sessionsWord(result.sessions)} in ${monthName(result.month, SOURCE_READER)}`;
  if (!result.changed) io.out(`Already ${result.outcome}: ${what}. Nothing was changed.`);
  else if (result.outcome === 'approved')
    io.out(`Approved: ${what} added to the employee's allowance. The employee and their therapist are told.`);
  else io.out(`Declined: ${what}. The therapist is told, with your reason; the employee is not.`);
  for (const left of delivery?.leftForApp() ?? []) io.out(leftForAppLine(left));
  return EXIT_OK;
}

export const recommendationCommands: Record<string, Command> = {
  'list-recommendations': {
    summary: "list extra sessions therapists recommended that wait for a decision, with each therapist's clinical note",
    usage: '',
    options: {},
    required: [],
    needsDb: true,
    async run(services, _flags, io) {
      const pending = await services.recommendations.pending();
      if (pending.length === 0) {
        io.out('No recommendations wait for a decision.');
        return EXIT_OK;
      }
      const people = await services.context.store.directory.counterpartsOf([
        ...new Set(pending.flatMap((r) => [String(r.employeeId), String(r.therapistId)])),
      ]);
      const nameOf = (id: unknown) => people.find((p) => String(p._id) === String(id))?.displayName ?? String(id);
      for (const r of pending) {
        io.out(
          `${String(r._id)}  ${r.createdAt.toISOString().slice(0, 10)}  ${r.orgId}  ${nameOf(r.employeeId)}: ` +
            `${sessionsWord(r.sessions)} in ${monthName(r.month, SOURCE_READER)}, recommended by ${nameOf(r.therapistId)}`,
        );
        io.out(`    note: ${r.note}`);
      }
      io.out('Approve with `approve-recommendation <id>`, decline with `decline-recommendation <id> --reason "..."`.');
      return EXIT_OK;
    },
  },

  'approve-recommendation': {
    summary: "approve a recommendation: the employee's allowance grows for exactly that month (audited); both sides told",
    usage: '<id> [--reason "..."] [--by name]',
    options: { id: s, reason: s, by: s },
    positional: ['id'],
    required: ['id'],
    needsDb: true,
    delivers: true,
    async run(services, flags, io, _lookup, delivery) {
      const result = await services.recommendations.approve(need(flags, 'id'), approverOf(flags), str(flags, 'reason'));
      return report(result, io, services, delivery);
    },
  },

  'decline-recommendation': {
    summary: 'decline a recommendation with a reason, which the therapist is told (the employee is not)',
    usage: '<id> --reason "..." [--by name]',
    options: { id: s, reason: s, by: s },
    positional: ['id'],
    required: ['id', 'reason'],
    needsDb: true,
    delivers: true,
    async run(services, flags, io, _lookup, delivery) {
      const result = await services.recommendations.decline(need(flags, 'id'), approverOf(flags), need(flags, 'reason'));
      return report(result, io, services, delivery);
    },
  },
};
