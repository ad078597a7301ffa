// Work a use case owes after its answer (a mark that something was done): on the app's after-answer queue when
// it runs behind a platform, inline otherwise; tracked so that idle() (shutdown, tests) waits for it. A failure
// is logged, never thrown: the use case has already answered.
import type { ServiceContext } from './context.js';
import { errSummary } from './notify.js';

export function afterTheAnswer(ctx: ServiceContext, what: string, work: () => Promise<void>): void {
  const queue = ctx.noticeWaitMs <= 0 ? ctx.afterAnswer : undefined;
  const tracked: Promise<void> = (queue ? queue.run(work) : work())
    .catch((err: unknown) => ctx.log.warn({ err: errSummary(err), what }, 'work after the answer failed'))
    .finally(() => ctx.settling.delete(tracked));
  ctx.settling.add(tracked);
}
