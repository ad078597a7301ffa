// The employee's thread in the therapist's linked channel: found, or opened on first use exactly once.
import type { ChannelLinkDoc, RelayThreadDoc } from '../store/models.js';
import { currentThreadOf, relayThreadId } from '../store/relay-threads.js';
import type { ServiceContext } from './context.js';
import { DeliveryError } from './notifier.js';
import type { Notice, ThreadAddress } from '../notices/notice.js';
import { recipientOf, type Parties } from './views.js';

const OPENING_WAIT_MS = 3_000;

export class NoTherapistChannelError extends Error {}

/** What the caller has just read, to save reading it again: the therapist's link, the relay thread (or null). */
export interface KnownThreadState {
  link?: ChannelLinkDoc | null;
  thread?: RelayThreadDoc | null;
}

/**
 * The employee's thread: the recorded one while it is current (one read, no link read), else found or opened
 * under the therapist's current link, exactly once however many callers race.
 */
export async function threadFor(ctx: ServiceContext, parties: Parties, known: KnownThreadState = {}): Promise<ThreadAddress> {
  const id = relayThreadId(parties.employee._id, parties.therapist._id);
  let existing = known.thread !== undefined ? known.thread : await ctx.store.relayThreads.get(id);
  const current = currentThreadOf(existing);
  if (current) return current;
  const link = known.link ?? (await ctx.store.directory.linkOfTherapist(parties.therapist._id));
  if (!link) throw new NoTherapistChannelError('therapist has no linked channel');
  const deadline = Date.now() + OPENING_WAIT_MS;
  for (;;) {
    if (existing?.threadId && existing.channelKey === link.channelKey) return { channel: link.channel, threadId: existing.threadId };
    // A stale opener (crashed, or the therapist was linked to a new channel) is taken over.
    const abandoned =
      existing && (existing.channelKey !== link.channelKey || existing.createdAt.getTime() < ctx.clock().getTime() - ctx.claimGraceMs);
    const mine = existing
      ? abandoned
      : await ctx.store.relayThreads.claimOpening({
          _id: id,
          employeeId: parties.employee._id,
          therapistId: parties.therapist._id,
          channelKey: link.channelKey,
          createdAt: ctx.clock(),
        });
    if (mine) {
      const header: Notice = {
        kind: 'thread_opened',
        employeeName: parties.employee.displayName,
        employeeId: String(parties.employee._id),
      };
      try {
        const threadId = await ctx.notifier.openThread(link.channel, recipientOf(parties.therapist), header);
        await ctx.store.relayThreads.setThread(id, link.channel, threadId, existing);
        return { channel: link.channel, threadId };
      } catch (err) {
        if (!existing) await ctx.store.relayThreads.abandonOpening(id);
        throw err;
      }
    }
    if (Date.now() > deadline) throw new Error('relay thread is still being opened');
    await new Promise((resolve) => setTimeout(resolve, 100));
    existing = await ctx.store.relayThreads.get(id);
  }
}

/** Posts in the employee's thread; a thread deleted on the platform ('gone') is opened anew, once. */
export async function postInThread(ctx: ServiceContext, parties: Parties, notice: Notice, known?: ThreadAddress): Promise<string> {
  const reader = recipientOf(parties.therapist);
  const thread = known ?? (await threadFor(ctx, parties));
  try {
    return await ctx.notifier.postToThread(thread, reader, notice);
  } catch (err) {
    if (!(err instanceof DeliveryError && err.failure === 'gone')) throw err;
    await ctx.store.relayThreads.forgetThread(relayThreadId(parties.employee._id, parties.therapist._id), thread.threadId);
    return ctx.notifier.postToThread(await threadFor(ctx, parties), reader, notice);
  }
}
