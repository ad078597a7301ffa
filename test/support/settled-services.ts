// The app's services as a test calls them directly: each call returns once the notices it left running have
// been delivered too (the app itself answers first and delivers after), so a test sees everything the call sent
// before it looks, and nothing of it lands after the stand-ins were reset for the next step.
import type { CoreServices } from '../../src/services/index.js';

function settlingEach<T extends object>(group: T, idle: () => Promise<void>): T {
  return new Proxy(group, {
    get(target, name, receiver) {
      const member: unknown = Reflect.get(target, name, receiver);
      if (typeof member !== 'function') return member;
      return async (...args: unknown[]) => {
        const result: unknown = await (member as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        await idle();
        return result;
      };
    },
  });
}

export function settledServices(services: CoreServices, idle: () => Promise<void>): CoreServices {
  return new Proxy(services, {
    get(target, name, receiver) {
      const member: unknown = Reflect.get(target, name, receiver);
      if (name === 'context' || typeof member !== 'object' || member === null) return member;
      return settlingEach(member, idle);
    },
  });
}
