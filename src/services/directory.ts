// Who is who: resolving platform identities, zones, channel links and stored platform addresses.
import { knownActor, rememberActing } from './acting.js';
import { refuse } from '../domain/refusals.js';
import { isValidZone } from '../domain/time.js';
import type { DirectoryService } from './api.js';
import type { ServiceContext } from './context.js';
import type { Actor } from './types.js';
import { actorOf } from './views.js';

const gridKey = (teamId: string) => `slack-grid:${teamId}`;

export function createDirectoryService(ctx: ServiceContext): DirectoryService {
  const { directory, memory } = ctx.store;
  // An HR admin or operator links therapists of their own organisation; only the provider's operators reach across
  // (an employer's operator role is no key to another employer's people).
  const mayLinkTherapistOf = async (actor: Actor, orgId: string): Promise<boolean> => {
    if (orgId === actor.orgId) return true;
    if (!actor.roles.includes('operator')) return false;
    return (await directory.organisation(actor.orgId))?.provider === true;
  };
  return {
    async whoIs(identity) {
      const known = knownActor(identity);
      if (known !== undefined) return known;
      return rememberActing(identity, await directory.byIdentity(identity));
    },

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
