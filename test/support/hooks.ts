// Loaded before every suite: keep test logs silent. The database server is the global fixture's (global-db.ts).
process.env.LOG_LEVEL ??= 'silent';

// Root hooks: a test during which the app sent Slack a payload Slack would reject fails, naming it.
export { mochaHooks } from './slack-blockkit.js';
