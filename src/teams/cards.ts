// The one place Adaptive Card templates (cards/*.json) are loaded and expanded. Card JSON stays data; callers pass
// plain view data whose times are already formatted in the reader's zone (template `formatDateTime` is UTC-only).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ACData from 'adaptivecards-templating';

export const cardNames = [
  'welcome',
  'home',
  'week',
  'book',
  'reschedule-form',
  'cancel-confirm',
  'request',
  'proposal',
  'decision',
  'notice',
  'availability',
  'usage',
  'error',
] as const;

export type CardName = (typeof cardNames)[number];

/** An expanded Adaptive Card: plain JSON, ready to attach. */
export type AdaptiveCardJson = Record<string, unknown>;

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

function findCardsDir(): string {
  // src/teams (tsx) and dist/teams (build) both sit two levels below the repository root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'cards');
    if (existsSync(join(candidate, 'home.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('cards/ directory not found');
}

const templates = new Map<CardName, ACData.Template>();

function template(name: CardName): ACData.Template {
  let loaded = templates.get(name);
  if (!loaded) {
    const json: unknown = JSON.parse(readFileSync(join(findCardsDir(), `${name}.json`), 'utf8'));
    loaded = new ACData.Template(json);
    templates.set(name, loaded);
  }
  return loaded;
}

/** Expands a template with view data. Strings are inserted as values, never evaluated as expressions. */
export function expandCard(name: CardName, data: object): AdaptiveCardJson {
  const card = template(name).expand({ $root: data }) as AdaptiveCardJson;
  return card;
}

export function cardAttachment(card: AdaptiveCardJson): { contentType: string; content: AdaptiveCardJson } {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
