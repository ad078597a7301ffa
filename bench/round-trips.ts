// Round trips per use case: how many database commands each call sends, counted with the driver's command
// monitoring (test/support/command-counter.ts), printed beside the target each use case is held to. The services
// are set up as the app sets them up (notices after the answer), so each call is counted twice: up to its answer
// (what the person waits for: commands, and waits when reads go out in parallel), then the work it left for after
// the answer (its audit event, notices and their settling), held back until the answer is counted. Every call is
// measured once on a warm connection over a small seeded world, in the order a real session goes: book, look,
// relay, reschedule, confirm, cancel, and the sweep when there is nothing to repair. Notices go to a recording
// notifier that sends nothing, so only the core's own commands are counted.
//   npm run bench                                  # all parts, this one last
//   node --import tsx bench/round-trips.ts         # this part alone (MONGODB_URI required)
import { pathToFileURL } from 'node:url';
import { createLogger } from '../src/log.js';
import type { PlatformIdentity } from '../src/domain/types.js';
import { actingAs } from '../src/services/acting.js';
import { AfterAnswerQueue } from '../src/services/after-answer.js';
import { createServices, type CoreServices } from '../src/services/index.js';
import type { Actor } from '../src/services/types.js';
import { createStore } from '../src/store/index.js';
import { countCommands, describeCount, type CommandCount } from '../test/support/command-counter.js';
import { openTestDatabase } from '../test/support/db.js';
import { seedWorld } from '../test/support/fixtures.js';
import { RecordingNotifier } from '../test/support/recording-notifier.js';

export interface RoundTripRow {
  useCase: string;
  /** Up to the answer. */
  count: CommandCount;
  /** After the answer: the audit event, notices and settling the call left queued. */
  after: CommandCount;
  /** The most commands the use case may send before it answers, where one is set. */
  target: number | null;
}

/** After-answer work held until released, so what a call sends before its answer is counted apart (also history.ts). */
export class HeldQueue extends AfterAnswerQueue {
  private readonly held: (() => void)[] = [];

  override run<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<void>((resolve) => this.held.push(resolve)).then(() => super.run(work));
  }

  release(): void {
    this.held.splice(0).forEach((go) => go());
  }
}

/** The budgets of the scheduling core (issue 8), for the commands before the answer; others are for information. */
export const roundTripTargets: Record<string, number> = {
  confirm: 10,
  /** The client accepting their therapist's request to move a session: the same use case as confirm. */
  'accept move': 10,
  book: 6,
  cancel: 6,
  'relay (per message)': 3,
  overview: 3,
};

function must<T>(result: ({ ok: true } & T) | { ok: false; code?: string; error?: string }, what: string): T {
  if (!result.ok) throw new Error(`${what} refused: ${result.code ?? result.error ?? 'unknown'}`);
  return result;
}

export async function runRoundTrips(): Promise<RoundTripRow[]> {
  const db = await openTestDatabase('bench_round_trips', { monitorCommands: true });
  try {
    const afterAnswer = new HeldQueue();
    let now = new Date();
    const services: CoreServices = createServices({
      clock: () => now,
      store: createStore(db),
      notifier: new RecordingNotifier(),
      log: createLogger('silent'),
      noticeWaitMs: 0,
      afterAnswer,
    });
    const world = await seedWorld(services, { orgId: 'trips', employees: 2, slotCount: 6 });
    // As a platform does: the actor comes from whoIs (measured on its own), and the use case follows it.
    const identity = (world.employees[0] as Actor).identity;
    const slot = (i: number) => String(world.slots[i]?._id);
    const rows: RoundTripRow[] = [];
    const measure = async <T>(useCase: string, work: () => Promise<T>): Promise<T> => {
      // The other party is read from cold each time, so no figure leans on a person an earlier call read.
      services.context.store.memory.forgetAll('counterpart');
      const { result, count } = await countCommands(db, work);
      const after = await countCommands(db, async () => {
        afterAnswer.release();
        await services.idle();
      });
      rows.push({ useCase, count, after: after.count, target: roundTripTargets[useCase] ?? null });
      return result;
    };

    await measure('whoIs', () => services.directory.whoIs(identity));
    // Each request of a platform runs as its person (the gate's acting scope) and starts with its own whoIs; the
    // use cases below are measured after it, inside that scope.
    const asRequest = <T>(who: PlatformIdentity, work: (actor: Actor) => Promise<T>): Promise<T> =>
      actingAs(who, undefined, async () => work((await services.directory.whoIs(who)) as Actor));
    const booked = must(
      await asRequest(identity, (employee) => measure('book', () => services.sessions.book(employee, { slotId: slot(0) }))),
      'book',
    );
    // The usual clash: someone else asks for the time just booked (one failed insert, then the claims judged).
    const otherIdentity = (world.employees[1] as Actor).identity;
    await asRequest(otherIdentity, (other) => measure('book (time taken)', () => services.sessions.book(other, { slotId: slot(0) })));
    await asRequest(identity, (employee) => measure('overview', () => services.sessions.overview(employee)));
    // The first message opens the therapist's thread; the figure is for the messages after it.
    must(
      await asRequest(identity, (employee) => services.relay.fromEmployee(employee, { text: 'first', deliveryKey: 'bench-relay-0' })),
      'relay',
    );
    await asRequest(identity, (employee) =>
      measure('relay (per message)', () => services.relay.fromEmployee(employee, { text: 'next', deliveryKey: 'bench-relay-1' })),
    );
    const requested = must(
      await asRequest(identity, (employee) =>
        measure('reschedule request', () =>
          services.reschedule.request(employee, { sessionId: booked.session.id, choice: { slotId: slot(1) }, reason: 'A meeting moved' }),
        ),
      ),
      'reschedule request',
    );
    const confirmed = must(
      await asRequest(world.therapist.identity, (therapist) =>
        measure('confirm', () => services.reschedule.confirm(therapist, { requestId: requested.request.id })),
      ),
      'confirm',
    );
    await asRequest(identity, (employee) =>
      measure('cancel', () => services.sessions.cancel(employee, { sessionId: confirmed.session.id, reason: 'Feeling better' })),
    );
    // The therapist asks to move a session and the client accepts (docs/design.md §12): the same mechanism.
    const toMove = must(await asRequest(identity, (employee) => services.sessions.book(employee, { slotId: slot(2) })), 'book');
    const asked = must(
      await asRequest(world.therapist.identity, (therapist) =>
        measure('move (therapist asks)', () =>
          services.reschedule.move(therapist, { sessionId: toMove.session.id, choice: { slotId: slot(3) }, reason: 'A training moved' }),
        ),
      ),
      'move',
    );
    must(
      await asRequest(identity, (employee) =>
        measure('accept move', () => services.reschedule.confirm(employee, { requestId: asked.request.id })),
      ),
      'accept move',
    );
    // The sweep as it runs every minute: after a first pass has walked its marks up to now (the measured pass reads
    // only what became due since, and the hourly history walk is not due again).
    await services.sweep();
    await services.idle();
    now = new Date(now.getTime() + 61_000);
    await measure('sweep when idle', () => services.sweep());
    return rows;
  } finally {
    await db.close();
  }
}

export function formatRoundTrips(rows: RoundTripRow[]): string {
  const header = ['use case', 'commands', 'waits', 'target', '', 'after answer', 'in all', 'by command (to the answer)'];
  const body = rows.map((r) => [
    r.useCase,
    String(r.count.total),
    String(r.count.waits),
    r.target === null ? '-' : `<= ${r.target}`,
    r.target === null ? '' : r.count.total <= r.target ? 'met' : 'over',
    String(r.after.total),
    String(r.count.total + r.after.total),
    describeCount(r.count),
  ]);
  const numeric = new Set([1, 2, 5, 6]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    'Database round trips per use case (driver command monitoring): commands and sequential waits up to the answer,',
    'then the commands of the work left for after it (audit event, notices, settling)',
    line(header),
    ...body.map(line),
  ].join('\n');
}

/** The table for `npm run bench` (bench/run.ts prints it after the timings). */
export async function roundTripReport(): Promise<string> {
  return formatRoundTrips(await runRoundTrips());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runRoundTrips()
    .then((rows) => {
      console.log(formatRoundTrips(rows));
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(`Round-trip count failed: ${(err as Error).message}`);
      process.exit(1);
    });
}
