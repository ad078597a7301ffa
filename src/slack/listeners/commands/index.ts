// Slash commands, as declared in manifests/slack/manifest.json.
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../context.js';
import { commands } from '../../ids.js';
import { availabilityCommandCallback } from './availability.js';
import { linkCommandCallback } from './link.js';
import { usageCommandCallback } from './usage.js';
import { wellbeingCommandCallback } from './wellbeing.js';

export function register(app: App, deps: SlackDeps): void {
  app.command(commands.wellbeing, wellbeingCommandCallback(deps));
  app.command(commands.availability, availabilityCommandCallback(deps));
  app.command(commands.usage, usageCommandCallback(deps));
  app.command(commands.link, linkCommandCallback(deps));
}
