// Events other than messages.
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../context.js';
import { appHomeOpenedCallback } from './app-home-opened.js';

export function register(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', appHomeOpenedCallback(deps));
}
