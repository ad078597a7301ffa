// Text crossing the Slack boundary. Inbound Slack markup (mentions, links, entities) becomes plain text before it
// reaches the core, which is platform-agnostic; outbound free text is escaped so that a relayed "@here" or "<!channel>"
// can never ping anyone, and long text is split to fit Block Kit's 3000-character section limit.

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** Slack message text -> plain text: `<@U1|ana>` -> `@ana`, `<!here>` -> `@here`, `<url|label>` -> `label (url)`. */
export function fromSlackText(text: string): string {
  return text
    .replace(/<([^<>]+)>/g, (_, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) return `@${label ?? 'someone'}`;
      if (target.startsWith('#')) return `#${label ?? 'channel'}`;
      if (target.startsWith('!')) return `@${(label ?? target.slice(1)).replace(/^subteam\^\w+$/, 'group')}`;
      return label && label !== target ? `${label} (${target})` : target;
    })
    .replace(/&(lt|gt|amp);/g, (m) => entities[m] ?? m);
}

/** Plain text -> safe mrkdwn: only the three characters Slack treats as control characters are escaped. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits text into chunks of at most `size` characters, preferring line breaks. */
export function chunks(text: string, size = 2900): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const cut = rest.lastIndexOf('\n', size);
    const at = cut > size / 2 ? cut : size;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
