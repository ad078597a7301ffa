// The sweep's configuration: the app's own settings, validated as the app validates them, so the CLI delivers
// through the same notifiers. One rule is the app's alone: production needs MicrosoftAppId to authenticate the Teams
// requests it serves; the CLI serves none, and without Teams credentials leaves Teams notices for the app instead.
import { ConfigError, configSchema, loadConfig, type Config } from '../config.js';

const SERVING_ONLY = ['MicrosoftAppId: required in production'];

export function loadCliConfig(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const problems = err.problems.filter((p) => !SERVING_ONLY.some((rule) => p.startsWith(rule)));
    if (problems.length > 0) throw new ConfigError(problems);
    return configSchema.parse(env);
  }
}
