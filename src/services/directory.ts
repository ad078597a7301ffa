// Who is who: resolving platform identities, zones, channel links and stored platform addresses.
import { knownActor, recordOf, rememberActing } from './acting.js';
import { identityKey, type PlatformIdentity } from '../domain/types.js';
import { readerLocale } from '../i18n/locales.js';
import { refuse } from '../domain/refusals.js';
import { isValidZone } from '../domain/time.js';
import type { DirectoryService } from './api.js';
import type { ServiceContext } from './context.js';
import type { Actor } from './types.js';
import { actorOf } from './views.js';

const gridKey = (teamId: string) => `slack-grid:${teamId}`;

/** A language tag as platforms send them (`de-DE`, `en_GB`, `zh-Hant-TW`): anything else is not stored. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/;

/** People whose locale was asked lately, kept in the service's time: past this many, those due again are dropped. */
const ASKED_PRUNE_ABOVE = 10_000;
/** And past this many, the oldest entries go too (they are asked again at most once more). */
const ASKED_MAX = 50_000;

/**
 * When each person's platform may next be asked for their locale (identity key -> service time, ms). Set before
 * anything is read, so concurrent requests of one person ask once.
 */
class LocaleAsks {
  private readonly next = new Map<string, number>();

  /** True (and the next ask set `refreshMs` on) when the person may be asked now. */
  claim(key: string, now: number, refreshMs: number): boolean {
    if ((this.next.get(key) ?? -Infinity) > now) return false;
    this.next.delete(key);
    this.next.set(key, now + refreshMs);
    if (this.next.size > ASKED_PRUNE_ABOVE) this.prune(now);
    return true;
  }

  /** The person's locale is fresh until `at`: no ask before then. */
  notBefore(key: string, at: number): void {
    this.next.set(key, at);
  }

  private prune(now: number): void {
    for (const [key, at] of this.next) if (at <= now) this.next.delete(key);
    for (const key of this.next.keys()) {
      if (this.next.size <= ASKED_MAX) break;
      this.next.delete(key);
    }
  }
}

export function createDirectoryService(ctx: ServiceContext): DirectoryService {
  const { directory, memory } = ctx.store;
  // An HR admin or operator links therapists of their own organisation; only the provider's operators reach across
  // (an employer's operator role is no key to another employer's people).
  const mayLinkTherapistOf = async (actor: Actor, orgId: string): Promise<boolean> => {
    if (orgId === actor.orgId) return true;
    if (!actor.roles.includes('operator')) return false;
    return (await directory.organisation(actor.orgId))?.provider === true;
  };
  const whoIs = async (identity: PlatformIdentity) => {
    const known = knownActor(identity);
    if (known !== undefined) return known;
    return rememberActing(identity, await directory.byIdentity(identity));
  };
  const localeAsks = new LocaleAsks();
  return {
    whoIs,

    async updateZone(actor, zone) {
      if (!isValidZone(zone) || zone === actor.zone) return;
      const person = await directory.person(actor.personId);
      if (!person) return;
      await directory.updatePerson(person._id, { zone });
      await ctx.store.audit.append({
        _id: `zone:${actor.personId}:${ctx.clock().toISOString()}`,
        orgId: person.orgId,
        actorId: actor.personId,
        action: 'person.zone_changed',
        subjectId: actor.personId,
        reason: null,
        details: { zone },
        at: ctx.clock(),
      });
    },

    async learnLocale(actor, tag, opts = {}) {
      if (!LANGUAGE_TAG.test(tag)) return actor;
      const person = await recordOf(ctx, actor);
      if (!person) return actor;
      if (person.platformLocale === tag && !opts.refreshed) return actor;
      const reads = readerLocale({ ...person, platformLocale: tag });
      await directory.recordPlatformLocale(person._id, tag, ctx.clock(), reads !== readerLocale(person));
      return { ...actor, locale: reads };
    },

    async localeDue(identity, refreshMs) {
      const key = identityKey(identity);
      const now = ctx.clock().getTime();
      if (!localeAsks.claim(key, now, refreshMs)) return null;
      const actor = await whoIs(identity);
      const person = actor ? await recordOf(ctx, actor) : null;
      if (!actor || !person) return null;
      const learnedAt = person.platformLocaleAt?.getTime();
      if (learnedAt !== undefined && now - learnedAt < refreshMs) {
        localeAsks.notBefore(key, learnedAt + refreshMs);
        return null;
      }
      return actor;
    },

    async linkChannel(actor, input) {
      const allowed = actor.roles.includes('operator') || actor.roles.includes('hr_admin');
      if (!allowed) return refuse('not_operator');
      const therapist = await directory.byIdentity(input.therapist);
      if (!therapist || !therapist.roles.includes('therapist') || !(await mayLinkTherapistOf(actor, therapist.orgId)))
        return refuse('unknown_therapist');
      const actorPerson = await directory.person(actor.personId);
      await directory.link(therapist.orgId, therapist._id, input.channel, actorPerson?._id ?? null);
      await ctx.store.audit.append({
        _id: `link:${String(therapist._id)}:${ctx.clock().toISOString()}`,
        orgId: therapist.orgId,
        actorId: actor.personId,
        action: 'therapist.channel_linked',
        subjectId: String(therapist._id),
        reason: null,
        details: { platform: input.channel.platform },
        at: ctx.clock(),
      });
      return { ok: true, therapistName: therapist.displayName };
    },

    async therapistOfChannel(channel) {
      const link = await directory.linkOfChannel(channel);
      const person = link ? await directory.person(link._id) : null;
      return person ? actorOf(person) : null;
    },

    saveAddress: (key, platform, reference) => directory.saveAddress(key, platform, reference),
    getAddress: (key) => directory.address(key),

    async gridOfTeam(teamId) {
      const known = memory.recall<string | null>('gridOfTeam', teamId);
      if (known) return known.value;
      const stored = await directory.address(gridKey(teamId));
      const enterpriseId = typeof stored?.enterpriseId === 'string' ? stored.enterpriseId : null;
      memory.remember('gridOfTeam', teamId, enterpriseId);
      return enterpriseId;
    },

    async rememberGridOfTeam(teamId, enterpriseId) {
      if (memory.recall<string | null>('gridOfTeam', teamId)?.value === enterpriseId) return;
      await directory.saveAddress(gridKey(teamId), 'slack', { enterpriseId });
      memory.remember('gridOfTeam', teamId, enterpriseId);
    },
  };
}
