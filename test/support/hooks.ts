// Root hooks: keep test logs silent and stop the in-memory server (when one was started) at the end.
import { stopTestServer } from './db.js';

process.env.LOG_LEVEL ??= 'silent';

export const mochaHooks = {
  async afterAll(): Promise<void> {
    await stopTestServer();
  },
};
