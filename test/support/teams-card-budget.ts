// The Teams card budget, checked on every card the suite's bot sends (the connector stand-in's sends, thread
// starts and updates, and every invoke answer): each message is well under Teams' size limit, every text colour
// reads at WCAG AA (4.5:1) in Teams' light theme, and every card has a spoken summary and a fallback text.
// Teams measures a message in UTF-16 and refuses one over about 100 KB with 413 MessageSizeTooBig; 40,000 bytes
// keeps a wide margin for what Teams adds. A problem fails the test that caused it, naming the card.

import type { Context, Hook } from 'mocha';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const CARD_BUDGET_UTF16_BYTES = 40_000;
export const MIN_TEXT_CONTRAST = 4.5;
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Bytes of a JSON payload as Teams counts them: UTF-16 code units, two bytes each. */
export function utf16Bytes(payload: unknown): number {
  return JSON.stringify(payload).length * 2;
}

type Shade = { default: string; subtle: string };
type Palette = Record<'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention', Shade>;

// Microsoft Teams' light host config, as the Agents Playground (@microsoft/m365agentsplayground 0.2.28) renders
// with it; colours are #AARRGGBB. The same palette for every container style: only the background differs.
const teamsPalette: Palette = {
  default: { default: '#ff252424', subtle: '#bf252424' },
  dark: { default: '#252424', subtle: '#bf252424' },
  light: { default: '#ffffff', subtle: '#fff3f2f1' },
  accent: { default: '#6264a7', subtle: '#8b8cc7' },
  good: { default: '#92c353', subtle: '#e592c353' },
  warning: { default: '#f8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#c4314b', subtle: '#e5c4314b' },
};
export const TEAMS_LIGHT_HOST_CONFIG = {
  containerStyles: {
    default: { backgroundColor: '#ffffff', foregroundColors: teamsPalette },
    emphasis: { backgroundColor: '#fff9f8f7', foregroundColors: teamsPalette },
    accent: { backgroundColor: '#C7DEF9', foregroundColors: teamsPalette },
    good: { backgroundColor: '#CCFFCC', foregroundColors: teamsPalette },
    attention: { backgroundColor: '#FFC5B2', foregroundColors: teamsPalette },
    warning: { backgroundColor: '#FFE2B2', foregroundColors: teamsPalette },
  } as Record<string, { backgroundColor: string; foregroundColors: Palette }>,
  /** The style of an Action.ShowCard's card (`actions.showCard.style`). */
  showCardStyle: 'emphasis',
  /** `textStyles.heading` and `factSet` title / value: default colour, not subtle. */
  headingColor: 'default',
};

type Rgba = [number, number, number, number];

/** `#RRGGBB` or the host config's `#AARRGGBB`. */
export function parseColour(hex: string): Rgba {
  const digits = hex.replace(/^#/, '');
  const byte = (i: number) => parseInt(digits.slice(i, i + 2), 16) / 255;
  if (digits.length === 8) return [byte(2), byte(4), byte(6), byte(0)];
  if (digits.length === 6) return [byte(0), byte(2), byte(4), 1];
  throw new Error(`not a colour: ${hex}`);
}

/** A colour with transparency, as seen over an opaque background. */
function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of a text colour over a background (both may carry alpha; the page is white). */
export function contrastRatio(foreground: string, background: string): number {
  const back = over(parseColour(background), [1, 1, 1, 1]);
  const front = over(parseColour(foreground), back);
  const [light, dark] = [luminance(front), luminance(back)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The card's name: the `card.<name>` id of its first element (every template has one), else its first text. */
export function cardName(card: unknown): string {
  const first = isObj(card) && Array.isArray(card.body) ? (card.body[0] as unknown) : undefined;
  if (isObj(first) && typeof first.id === 'string' && first.id.startsWith('card.')) return first.id.slice('card.'.length);
  const text = JSON.stringify(card ?? null).match(/"text":"([^"]{0,40})/)?.[1];
  return `unnamed card "${text ?? ''}"`;
}

interface TextColour {
  text: string;
  colour: string;
  subtle: boolean;
  style: string;
}

/** Every piece of text a card draws, with the colour name it asks for and the container style it sits on. */
function textColours(node: unknown, style: string, out: TextColour[]): TextColour[] {
  if (Array.isArray(node)) {
    for (const child of node) textColours(child, style, out);
    return out;
  }
  if (!isObj(node)) return out;
  // Containers draw their style's background; `style` on a text, input or action means something else.
  const container = ['Container', 'Column', 'ColumnSet', 'Table', 'TableCell'].includes(String(node.type));
  const here = container && typeof node.style === 'string' ? node.style.toLowerCase() : style;
  const colour = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : 'default');
  switch (node.type) {
    case 'TextBlock':
    case 'TextRun':
      if (typeof node.text === 'string' && node.text.trim() !== '') {
        out.push({ text: node.text, colour: colour(node.color), subtle: node.isSubtle === true, style: here });
      }
      break;
    case 'FactSet':
      for (const fact of Array.isArray(node.facts) ? node.facts : []) {
        if (isObj(fact)) out.push({ text: `${String(fact.title)}: ${String(fact.value)}`, colour: 'default', subtle: false, style: here });
      }
      break;
    case 'Action.ShowCard':
      textColours(node.card, TEAMS_LIGHT_HOST_CONFIG.showCardStyle, out);
      return out;
  }
  if (typeof node.type === 'string' && node.type.startsWith('Input.')) {
    if (typeof node.label === 'string') out.push({ text: node.label, colour: 'default', subtle: false, style: here });
    if (typeof node.errorMessage === 'string') out.push({ text: node.errorMessage, colour: 'attention', subtle: false, style: here });
  }
  for (const [key, value] of Object.entries(node))
    if (key !== 'card' && (isObj(value) || Array.isArray(value))) textColours(value, here, out);
  return out;
}

/** Text drawn below 4.5:1 against the Teams light host config, each with its figures. */
export function contrastProblems(card: unknown): string[] {
  const problems: string[] = [];
  for (const t of textColours(card, 'default', [])) {
    const container = TEAMS_LIGHT_HOST_CONFIG.containerStyles[t.style];
    const shade = container?.foregroundColors[t.colour as keyof Palette];
    if (!container || !shade) {
      problems.push(`text "${t.text.slice(0, 40)}": unknown colour ${t.colour} or style ${t.style}`);
      continue;
    }
    const foreground = t.subtle ? shade.subtle : shade.default;
    const ratio = contrastRatio(foreground, container.backgroundColor);
    if (ratio < MIN_TEXT_CONTRAST) {
      problems.push(
        `text "${t.text.slice(0, 40)}" is ${t.colour}${t.subtle ? ' subtle' : ''} ${foreground} on ${t.style} ${container.backgroundColor}: ` +
          `${ratio.toFixed(2)}:1, below ${MIN_TEXT_CONTRAST}:1`,
      );
    }
  }
  return problems;
}

/** What is wrong with one card sent in `message` (the activity or invoke answer that carries it). */
export function cardProblems(card: unknown, message: unknown, where: string): string[] {
  const name = cardName(card);
  const problems: string[] = [];
  const bytes = utf16Bytes(message);
  if (bytes > CARD_BUDGET_UTF16_BYTES) problems.push(`${bytes} bytes as UTF-16, over the budget of ${CARD_BUDGET_UTF16_BYTES}`);
  problems.push(...contrastProblems(card));
  if (!isObj(card) || typeof card.speak !== 'string' || card.speak.trim() === '') problems.push('no spoken summary (speak)');
  if (!isObj(card) || typeof card.fallbackText !== 'string' || card.fallbackText.trim() === '') problems.push('no fallbackText');
  // SSML: every & starts an entity and no < or > is left bare (a name like "Tom & Co <HR>" must not break it).
  if (isObj(card) && typeof card.speak === 'string' && /&(?!(?:amp|lt|gt|quot|apos);)|[<>]/.test(card.speak)) {
    problems.push(`speak is not SSML-escaped: "${card.speak.slice(0, 60)}"`);
  }
  return problems.map((p) => `Teams card "${name}" (${where}): ${p}`);
}

/** The problems of every Adaptive Card attached to an outgoing activity. */
export function activityCardProblems(activity: unknown, where: string): string[] {
  const attachments = isObj(activity) && Array.isArray(activity.attachments) ? activity.attachments : [];
  return attachments.flatMap((a: unknown) => (isObj(a) && a.contentType === ADAPTIVE_CARD ? cardProblems(a.content, activity, where) : []));
}

/** The problems of a card in an invoke answer (`{ statusCode, type, value }`); none for any other body. */
export function invokeAnswerProblems(body: unknown, where: string): string[] {
  return isObj(body) && body.type === ADAPTIVE_CARD ? cardProblems(body.value, body, where) : [];
}

// The run's ledger of broken budgets, until a test reports it.
const unreported: string[] = [];

export function noteCardProblems(problems: string[]): void {
  unreported.push(...problems);
}

/** Everything noted since the last call, for the caller to fail with; the ledger is then empty. */
export function takeCardProblems(): string[] {
  return unreported.splice(0, unreported.length);
}

export function cardBudgetError(problems: string[]): Error {
  return new Error(`Teams card budget broken (${problems.length}):\n${problems.join('\n')}`);
}

/** Throws with every problem noted since the last check (the Teams harness calls it after each request). */
export function assertCardBudget(): void {
  const problems = takeCardProblems();
  if (problems.length > 0) throw cardBudgetError(problems);
}

/**
 * Root hooks (exported by test/support/hooks.ts, which every run requires): a test during which the bot sent a
 * card over budget fails, naming the card, however it was sent (a harness request, a notice after the answer, the
 * sweep, a service called directly). `Hook#error` fails the test itself, so the suite's other tests still run.
 */
export const mochaHooks = {
  afterEach(this: Context): void {
    const problems = takeCardProblems();
    // In a hook `this.test` is the hook itself.
    if (problems.length > 0) (this.test as Hook | undefined)?.error(cardBudgetError(problems));
  },
  afterAll(): void {
    assertCardBudget();
  },
};
