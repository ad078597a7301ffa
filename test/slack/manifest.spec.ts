// The Slack manifest is valid against Slack's official schema, and it declares exactly what the code registers.
import { readFile } from 'node:fs/promises';
import type { App } from '@slack/bolt';
import { Ajv } from 'ajv';
import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import type { Services } from '../../src/services/api.js';
import { registerListeners } from '../../src/slack/index.js';
import { actions, botEvents, commands, infoViewCallbackId, views } from '../../src/slack/ids.js';

const root = new URL('../../manifests/slack/', import.meta.url);
const readJson = async (name: string): Promise<unknown> => JSON.parse(await readFile(new URL(name, root), 'utf8'));

interface ManifestShape {
  features: { slash_commands: { command: string }[]; app_home: Record<string, boolean> };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean } };
}

/** Records what listeners register, without a Bolt app. */
function recordRegistrations() {
  const seen = { actions: [] as string[], commands: [] as string[], views: [] as string[], events: [] as string[] };
  const recorder = {
    action: (id: string) => void seen.actions.push(id),
    command: (id: string) => void seen.commands.push(id),
    view: (id: string) => void seen.views.push(id),
    event: (id: string) => void seen.events.push(id),
    message: () => void seen.events.push('message'),
  };
  registerListeners(recorder as unknown as App, {
    services: {} as Services,
    log: createLogger('silent'),
    background: () => undefined,
    homes: { refresh: () => undefined },
    overloaded: () => false,
  });
  return seen;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

describe('slack manifest', () => {
  let manifest: ManifestShape;
  before(async () => {
    manifest = (await readJson('manifest.json')) as ManifestShape;
  });

  it('validates against the official Slack manifest schema', async () => {
    const schema = (await readJson('schema/manifest.schema.1.0.0.json')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true, formats: { uri: true } });
    const validate = ajv.compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).to.deep.equal([]);
    expect(valid).to.equal(true);
  });

  it('lets employees DM the bot and shows a Home tab', () => {
    expect(manifest.features.app_home).to.include({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.settings.interactivity.is_enabled).to.equal(true);
  });

  it('asks for the scopes the listeners and notifier use', () => {
    expect(manifest.oauth_config.scopes.bot).to.include.members([
      'chat:write',
      'im:history',
      'im:write',
      'channels:history',
      'groups:history',
      'commands',
      'users:read',
      'channels:read',
      'groups:read',
    ]);
  });

  it('declares exactly the slash commands the code registers', () => {
    const seen = recordRegistrations();
    const declared = manifest.features.slash_commands.map((c) => c.command);
    expect(sorted(seen.commands)).to.deep.equal(sorted(declared));
    expect(sorted(seen.commands)).to.deep.equal(sorted(Object.values(commands)));
  });

  it('subscribes exactly the bot events the code listens to', () => {
    const seen = recordRegistrations();
    const fromCode = seen.events.flatMap((e) => (e === 'message' ? ['message.im', 'message.channels', 'message.groups'] : [e]));
    expect(sorted(fromCode)).to.deep.equal(sorted(manifest.settings.event_subscriptions.bot_events));
    expect(sorted(botEvents)).to.deep.equal(sorted(manifest.settings.event_subscriptions.bot_events));
  });

  it('registers a listener for every action id and view callback it sends, and no others', () => {
    const seen = recordRegistrations();
    expect(sorted(seen.actions)).to.deep.equal(sorted(Object.values(actions)));
    // The info view has no submit button, so no submission can arrive for it.
    expect(sorted(seen.views)).to.deep.equal(sorted(Object.values(views)));
    expect(seen.views).not.to.include(infoViewCallbackId);
  });
});
