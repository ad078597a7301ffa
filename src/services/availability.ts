// Therapists publish, list and remove availability slots.
import { Types } from 'mongoose';
import { isInFuture } from '../domain/policy.js';
import { refuse } from '../domain/refusals.js';
import { firstOverlap, MAX_SLOT_MINUTES, MAX_WEEKLY_REPEATS, MIN_SLOT_MINUTES, overlaps, spanOf, weeklyStarts } from '../domain/slots.js';
import { localDateTimeToInstant, localParts } from '../domain/time.js';
import { formatInstant } from '../i18n/dates.js';
import { isDuplicateKey } from '../store/index.js';
import { heldSpans, holdTime } from './reservations/index.js';
import { slotsWithHolds } from './sessions/open-slots.js';
import type { AvailabilityService } from './api.js';
import type { ServiceContext } from './context.js';

const LIST_DAYS = 90;

export function createAvailabilityService(ctx: ServiceContext): AvailabilityService {
  const bufferOf = async (therapistId: Types.ObjectId) => (await ctx.store.directory.person(therapistId))?.bufferMinutes ?? 0;

  return {
    async add(actor, input) {
      if (!actor.roles.includes('therapist')) return refuse('not_therapist');
      if (
        !Number.isInteger(input.durationMinutes) ||
        input.durationMinutes < MIN_SLOT_MINUTES ||
        input.durationMinutes > MAX_SLOT_MINUTES
      ) {
        return refuse('invalid_duration');
      }
      if (!Number.isInteger(input.weeks) || input.weeks < 1 || input.weeks > MAX_WEEKLY_REPEATS) return refuse('invalid_repeat');
      const first = localDateTimeToInstant(input.date, input.time, actor.zone);
      if (!first.ok) return refuse(first.error);
      if (!isInFuture(first.instant, ctx.clock())) return refuse('time_in_past');
      const therapistId = new Types.ObjectId(actor.personId);
      const starts = weeklyStarts(first.instant, input.weeks, actor.zone);
      // A weekly repeat that would fall into a clock-change gap is refused, not silently moved by an hour.
      if (starts.some((start) => localParts(start, actor.zone).time !== input.time)) return refuse('nonexistent_local_time');
      const spans = starts.map((start) => spanOf(start, input.durationMinutes));
      if (firstOverlap(spans)) return refuse('slot_overlap');
      const last = spans[spans.length - 1] ?? spans[0];
      const existing = await ctx.store.sessions.slotsNear(therapistId, first.instant, last?.end ?? first.instant, MAX_SLOT_MINUTES);
      const clash = existing.find((e) => spans.some((s) => overlaps(s, e)));
      if (clash) return refuse('slot_overlap', { when: formatInstant(clash.start, actor) });
      // Time already taken by a session (a confirmed custom time, say) or held by a waiting request.
      const buffer = await bufferOf(therapistId);
      const held = await heldSpans(ctx, therapistId, spans, buffer);
      const taken = spans.find((_, i) => held[i]);
      if (taken) return refuse('slot_overlap', { when: formatInstant(taken.start, actor) });
      try {
        const created = await ctx.store.sessions.insertSlots(
          spans.map((s) => ({ therapistId, start: s.start, end: s.end, source: 'availability' as const, createdAt: ctx.clock() })),
        );
        await ctx.store.audit.append({
          _id: `slots:${String(created[0]?._id)}`,
          orgId: actor.orgId,
          actorId: actor.personId,
          action: 'availability.added',
          subjectId: actor.personId,
          reason: null,
          details: { count: created.length, first: first.instant.toISOString(), durationMinutes: input.durationMinutes },
          at: ctx.clock(),
        });
        return { ok: true, slots: created.map((s) => ({ id: String(s._id), start: s.start, end: s.end, held: false })) };
      } catch (err) {
        // A concurrent add of the same start lost the unique index race.
        if (isDuplicateKey(err) || (err as { writeErrors?: unknown }).writeErrors) return refuse('slot_overlap');
        throw err;
      }
    },

    async list(actor) {
      if (!actor.roles.includes('therapist')) return refuse('not_therapist');
      const therapistId = new Types.ObjectId(actor.personId);
      const now = ctx.clock();
      return {
        ok: true,
        slots: await slotsWithHolds(ctx, therapistId, now, new Date(now.getTime() + LIST_DAYS * 86_400_000), await bufferOf(therapistId)),
      };
    },

    async remove(actor, input) {
      if (!actor.roles.includes('therapist')) return refuse('not_therapist');
      if (!Types.ObjectId.isValid(input.slotId)) return refuse('unknown_slot');
      const slot = await ctx.store.sessions.slot(input.slotId);
      if (!slot || !slot.therapistId.equals(actor.personId)) return refuse('unknown_slot');
      // Removing claims the slot's time like a booking would, so a concurrent booking cannot take a slot being removed.
      const removal = `removal:${String(slot._id)}`;
      const held = await holdTime(ctx, {
        therapistId: slot.therapistId,
        span: slot,
        buffer: await bufferOf(slot.therapistId),
        owner: removal,
      });
      if (!held.ok) return refuse('slot_held');
      await ctx.store.sessions.deleteSlot(slot._id);
      await held.release();
      await ctx.store.audit.append({
        _id: removal,
        orgId: actor.orgId,
        actorId: actor.personId,
        action: 'availability.removed',
        subjectId: actor.personId,
        reason: null,
        details: { start: slot.start.toISOString() },
        at: ctx.clock(),
      });
      return { ok: true, slot: { id: String(slot._id), start: slot.start, end: slot.end, held: false } };
    },
  };
}
