// The provider's operators handle requests to change therapist (issue 19, §6): list what waits, reassign an
// employee. Reassigning tells people (the employee, the previous therapist, both sides of each cancellation), so it
// delivers with the app's notifiers like the sweep (left for the app otherwise).
import { EXIT_OK, EXIT_REFUSED, need, s, str, type Command } from './command-kit.js';
import { leftForAppLine } from './left-for-app.js';
import { count } from './policy-text.js';

export const therapistChangeCommands: Record<string, Command> = {
  'list-therapist-changes': {
    summary: 'list employees who asked to change therapist (no reason is asked for), oldest first',
    usage: '',
    options: {},
    required: [],
    needsDb: true,
    async run(services, _flags, io) {
      const pending = await services.therapistChange.pending();
      if (pending.length === 0) {
        io.out('No requests to change therapist wait.');
        return EXIT_OK;
      }
      const people = await services.context.store.directory.counterpartsOf([
        ...new Set(pending.flatMap((c) => [String(c.employeeId), ...(c.fromTherapistId ? [String(c.fromTherapistId)] : [])])),
      ]);
      const nameOf = (id: unknown) => people.find((p) => String(p._id) === String(id))?.displayName ?? String(id);
      for (const c of pending)
        io.out(
          `${c.createdAt.toISOString().slice(0, 10)}  ${c.orgId}  employee ${String(c.employeeId)} ${nameOf(c.employeeId)}, ` +
            `now with ${c.fromTherapistId ? nameOf(c.fromTherapistId) : 'no therapist'}`,
        );
      io.out('Reassign with `reassign-employee <employee id> <therapist id>` (therapist ids: `list-people --role therapist`).');
      return EXIT_OK;
    },
  },

  'reassign-employee': {
    summary: 'give an employee another therapist: future sessions with the previous one cancelled and credited, both told',
    usage: '<employee id> <therapist id> [--by name]',
    options: { employee: s, therapist: s, by: s },
    positional: ['employee', 'therapist'],
    required: ['employee', 'therapist'],
    needsDb: true,
    delivers: true,
    async run(services, flags, io, _lookup, delivery) {
      const by = `operator:${str(flags, 'by')?.trim() || process.env.USER || process.env.LOGNAME || 'cli'}`;
      const result = await services.therapistChange.reassign(need(flags, 'employee'), need(flags, 'therapist'), by);
      await (delivery ?? services).idle();
      if (!result.ok) {
        io.err(`Refused: ${result.error}. Nothing was changed.`);
        return EXIT_REFUSED;
      }
      io.out(
        result.changed
          ? `Reassigned: ${count(result.sessionsCancelled, 'future session')} with the previous therapist cancelled and credited back; ` +
              'the employee and the previous therapist are told. Their next message opens a thread with the new therapist.'
          : `Already with that therapist: ${count(result.sessionsCancelled, 'future session')} with the previous one cancelled now.`,
      );
      if (result.left > 0)
        io.out(`${count(result.left, 'session')} were being changed and are still booked: run the command again in a minute.`);
      for (const left of delivery?.leftForApp() ?? []) io.out(leftForAppLine(left));
      return result.left > 0 ? EXIT_REFUSED : EXIT_OK;
    },
  },
};
