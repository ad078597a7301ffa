// The services as the platforms see them, counted for /metrics: every refusal a use case answers (by its code,
// a closed set) and every platform delivery seen twice. One wrapper here instead of a call in every use case.
import { countDuplicateDelivery, countRefusal } from '../metrics.js';
import type { Services } from '../services/api.js';

function isRefusal(value: unknown): value is { ok: false; code: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { ok?: unknown }).ok === false &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/** Wraps each method of one service (a plain object of functions) so that a refusal it resolves to is counted. */
function countingRefusals<T extends object>(service: T): T {
  const wrapped = Object.entries(service).map(([name, member]: [string, unknown]) => {
    if (typeof member !== 'function') return [name, member];
    const method = member as (...args: unknown[]) => Promise<unknown>;
    return [
      name,
      async (...args: unknown[]) => {
        const result = await method.apply(service, args);
        if (isRefusal(result)) countRefusal(result.code);
        return result;
      },
    ];
  });
  return Object.fromEntries(wrapped) as T;
}

export function countedServices<S extends Services>(services: S): S {
  const { firstTime, take } = services.deliveries;
  const counted = (first: boolean, key: string) => {
    if (!first) countDuplicateDelivery(key.startsWith('teams') ? 'teams' : 'slack');
    return first;
  };
  return {
    ...services,
    sessions: countingRefusals(services.sessions),
    reschedule: countingRefusals(services.reschedule),
    availability: countingRefusals(services.availability),
    relay: countingRefusals(services.relay),
    usage: countingRefusals(services.usage),
    directory: countingRefusals(services.directory),
    meetingLinks: countingRefusals(services.meetingLinks),
    attendance: countingRefusals(services.attendance),
    replyHours: countingRefusals(services.replyHours),
    deliveries: {
      ...services.deliveries,
      firstTime: async (key) => counted(await firstTime(key), key),
      take: async (key) => {
        const taken = await take(key);
        counted(taken === 'taken', key);
        return taken;
      },
    },
  };
}
