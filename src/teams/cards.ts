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
  'move-form',
  'thread',
  'cancel-confirm',
  'request',
  'proposal',
  'decision',
  'notice',
  'availability',
  'usage',
  'error',
  'offer',
  'offer-form',
  'recommend',
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

/** The card's own texts, in order, for a summary when its view gives none. */
function textsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => textsOf(child, out));
  else if (node && typeof node === 'object') {
    const element = node as Record<string, unknown>;
    if (element.type === 'TextBlock' && typeof element.text === 'string' && element.text.trim()) out.push(element.text.trim());
    for (const key of ['body', 'items', 'columns']) textsOf(element[key], out);
  }
  return out;
}

const SUMMARY_MAX = 400;

/**
 * Expands a template with view data. Strings are inserted as values, never evaluated as expressions. `summary`
 * is what the card says in a few sentences: read aloud by assistive hosts (`speak`) and shown by clients that
 * cannot draw the card (`fallbackText`); without one, the card's first texts.
 */
export function expandCard(name: CardName, data: object, summary?: string): AdaptiveCardJson {
  const card = template(name).expand({ $root: data }) as AdaptiveCardJson;
  let spoken =
    summary ??
    textsOf(card.body)
      .map((t) => (/[.!?:]$/.test(t) ? t : `${t}.`))
      .join(' ');
  if (spoken.length > SUMMARY_MAX) spoken = `${spoken.slice(0, SUMMARY_MAX - 1)}…`;
  return { ...card, speak: ssmlText(spoken), fallbackText: spoken };
}

// Text content, not an attribute: quotes and apostrophes need no escaping (and "therapist's" reads as written).
const ssmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * `speak` is read as SSML (Speech Synthesis Markup): a name or reason with `&` or `<` would break it, or be read as
 * markup. `fallbackText` is plain text and stays as it is.
 */
export function ssmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ssmlEntities[c] ?? c);
}

export function cardAttachment(card: AdaptiveCardJson): { contentType: string; content: AdaptiveCardJson } {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
