// The relayed conversation: text passes through, is never stored and never logged. Each platform delivery
// is processed once (insert-first key); a delivery that fails is forgotten so the platform's retry can succeed,
// and one whose call died before it was done is taken over by the platform's retry (the text comes again).
import { refuse } from '../domain/refusals.js';
import { channelKey, identityKey } from '../domain/types.js';
import type { RelayService } from './api.js';
import type { ServiceContext } from './context.js';
import { tellCareAfterRelay } from './care.js';
import { therapistChannelReached, therapistChannelUnreachable } from './channel-reach.js';
import { createDeliveryService } from './deliveries.js';
import { employeeRecord, isRefusal } from './guards.js';
import { afterTheAnswer } from './later.js';
import { DeliveryError } from './notifier.js';
import { errSummary } from './notify.js';
import { NoTherapistChannelError, postInThread, threadFor } from './threads.js';
import { recipientOf, type Parties } from './views.js';
import { currentThreadOf, relayThreadId } from '../store/relay-threads.js';

export function createRelayService(ctx: ServiceContext): RelayService {
  const { take, done, forget } = createDeliveryService(ctx);
  const relayed = (key: string) => afterTheAnswer(ctx, 'relay delivery done', () => done(key));

  return {
    async fromEmployee(actor, input) {
      const employee = await employeeRecord(ctx, actor);
      if (isRefusal(employee)) return employee;
      const therapistId = employee.therapistId;
      if (!therapistId) return refuse('no_therapist');
      // The therapist and the conversation's thread at once; the link is read only when the thread is not current.
      const [therapist, thread] = await Promise.all([
        ctx.store.directory.person(therapistId),
        ctx.store.relayThreads.get(relayThreadId(employee._id, therapistId)),
      ]);
      if (!therapist) return refuse('no_therapist');
      const link = currentThreadOf(thread) ? null : await ctx.store.directory.linkOfTherapist(therapistId);
      if (!currentThreadOf(thread) && !link) return refuse('therapist_not_linked');
      if ((await take(input.deliveryKey)) !== 'taken') return { ok: true, duplicate: true };
      const parties: Parties = { employee, therapist };
      try {
        const at = await threadFor(ctx, parties, { link, thread });
        await postInThread(ctx, parties, { kind: 'relay', from: 'employee', senderName: employee.displayName, text: input.text }, at);
        relayed(input.deliveryKey);
        therapistChannelReached(ctx, parties, channelKey(at.channel));
        await tellCareAfterRelay(ctx, parties, thread);
        return { ok: true, duplicate: false };
      } catch (err) {
        await forget(input.deliveryKey);
        ctx.log.warn({ err: errSummary(err), direction: 'to_therapist' }, 'relay failed');
        if (err instanceof DeliveryError && err.channelUnreachable) {
          return therapistChannelUnreachable(ctx, parties, { key: link?.channelKey ?? thread?.channelKey ?? null, platform: err.platform });
        }
        return refuse(err instanceof NoTherapistChannelError ? 'therapist_not_linked' : 'relay_failed');
      }
    },

    async fromThread(input) {
      // Found by the thread itself, not by the channel's current link: after the therapist moved to a new channel,
      // replies in their clients' old threads still reach the client.
      const relayThread = await ctx.store.relayThreads.byThread(channelKey(input.thread.channel), input.thread.threadId);
      if (!relayThread) return { ok: true, duplicate: false, relayed: false };
      const sender = await ctx.store.directory.byIdentity(input.sender);
      // Only the thread's therapist speaks to the client; a colleague's reply in the thread stays in the channel.
      if (!sender || !sender._id.equals(relayThread.therapistId) || identityKey(sender.identity) !== identityKey(input.sender)) {
        return refuse('not_linked_therapist');
      }
      const employee = await ctx.store.directory.person(relayThread.employeeId);
      if (!employee) return { ok: true, duplicate: false, relayed: false };
      // A client moved to another therapist: their old thread is closed (issue 19, §6).
      if (!employee.therapistId?.equals(relayThread.therapistId)) return refuse('thread_closed');
      if ((await take(input.deliveryKey)) !== 'taken') return { ok: true, duplicate: true, relayed: false };
      try {
        await ctx.notifier.notifyPerson(recipientOf(employee), {
          kind: 'relay',
          from: 'therapist',
          senderName: sender.displayName,
          text: input.text,
        });
        relayed(input.deliveryKey);
        return { ok: true, duplicate: false, relayed: true };
      } catch (err) {
        await forget(input.deliveryKey);
        ctx.log.warn({ err: errSummary(err), direction: 'to_employee' }, 'relay failed');
        return refuse('relay_failed');
      }
    },
  };
}
