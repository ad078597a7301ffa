// Loaded before every suite: keep test logs silent. The database server is the global fixture's (global-db.ts).
process.env.LOG_LEVEL ??= 'silent';

// Root hooks: a test during which the app sent Slack a payload Slack would reject, or Teams a card over its budget
// (size, contrast, spoken summary), fails, naming it.
import { mochaHooks as slackHooks } from './slack-blockkit.js';
import { mochaHooks as teamsHooks } from './teams-card-budget.js';

export const mochaHooks = {
  afterEach: [slackHooks.afterEach, teamsHooks.afterEach],
  afterAll: [slackHooks.afterAll, teamsHooks.afterAll],
};
