// A local stand-in for the Slack Web API (and for response_url): records every call with its parsed body, answers
// like Slack with plausible ids, and can be scripted to fail (rate limits with Retry-After, platform errors). Every
// message and view it receives is held to Block Kit's rules (slack-blockkit.ts): what Slack would reject is refused
// the way Slack refuses it and noted, so the test that sent it fails, naming the method and the offending block.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callProblems, noteProblems } from './slack-blockkit.js';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  /** The bearer token the call was made with (header or form field), absent when none. */
  token?: string;
  /** What the stand-in answered, when it answered as Slack does (e.g. a posted message's channel and ts). */
  answer?: Record<string, unknown>;
}

/** A workspace the stand-in can install into through oauth.v2.access: each has its own bot token. */
export interface StubWorkspace {
  teamId: string;
  enterpriseId?: string;
  /** An org-wide install of the Grid `enterpriseId`: one token for all its teams, and no team in the answer. */
  orgWide?: boolean;
  botToken: string;
  /** With token rotation: the refresh token and the lifetime (seconds) of each access token issued. */
  refreshToken?: string;
  expiresIn?: number;
}

export type ScriptedFailure = { error: string } | { status: 429; retryAfter: number } | { status: number };

interface Script {
  method: string;
  failure: ScriptedFailure;
  times: number;
  /** Only calls whose body matches (e.g. one channel) fail. */
  when?: (body: Record<string, unknown>) => boolean;
}

/** Form values that are JSON (blocks, view) are parsed back, so tests can assert on structure. */
function parseForm(raw: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(value)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    out[key] = value;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  return parseForm(raw);
}

export class SlackApiStub {
  calls: RecordedCall[] = [];
  /** users.info answers: user id -> IANA zone. */
  zones = new Map<string, string>();
  /** users.info answers with `include_locale`: user id -> Slack locale (British English unless set). */
  locales = new Map<string, string>();
  /** conversations.info answers: channels the bot is a member of. */
  memberOf = new Set<string>();
  /** When set, chat.postMessage in a channel (id starting with C) the bot is not a member of answers not_in_channel, like Slack. */
  postOnlyWhereMember = false;
  readonly botUserId = 'UBOT';
  readonly botId = 'BBOT';
  /** OAuth codes the stand-in accepts, each installing one workspace. */
  oauthCodes = new Map<string, StubWorkspace>();
  /** Bot tokens the stand-in accepts, by token: which workspace each belongs to. */
  tokens = new Map<string, string>();
  private scripts: Script[] = [];
  /** Methods whose answers are held back until released (to see what happens before Slack answers). */
  private held = new Map<string, Promise<void>>();
  private server: Server | null = null;
  private counter = 0;
  private tsBase = Math.floor(Date.now() / 1000);

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('stub not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** The base URL for the WebClient's slackApiUrl. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id = String(++this.counter)): string {
    return `${this.url}/response/${id}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, headers, body }) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    this.server = null;
  }

  reset(): void {
    this.calls = [];
    this.scripts = [];
  }

  /** The next `times` calls of `method` (optionally only those whose body matches `when`) fail as scripted. */
  fail(method: string, failure: ScriptedFailure, times = 1, when?: (body: Record<string, unknown>) => boolean): void {
    this.scripts.push({ method, failure, times, when });
  }

  /** Answers to `method` wait until the returned function is called (calls are still recorded on arrival). */
  hold(method: string): () => void {
    let release = () => undefined as void;
    this.held.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.held.delete(method);
      release();
    };
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  lastCall(method: string): RecordedCall | undefined {
    return this.callsTo(method).at(-1);
  }

  /** Block Kit problems of a call: noted for the test to fail with, and true when Slack would refuse the call. */
  private rejected(call: RecordedCall): boolean {
    const problems = callProblems(call, { showBlock: true });
    noteProblems('Slack Web API stand-in', problems);
    return problems.length > 0;
  }

  private nextTs(): string {
    return `${this.tsBase}.${String(++this.counter).padStart(6, '0')}`;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; headers?: Record<string, string>; body: unknown }> {
    const url = new URL(req.url ?? '/', 'http://stub');
    const body = await readBody(req);
    if (url.pathname.startsWith('/response/')) {
      const call = { method: 'response_url', body: { ...body, responseUrl: url.pathname } };
      this.calls.push(call);
      // Slack answers a response_url post it cannot show with a 400 naming the error.
      if (this.rejected(call)) return { status: 400, body: { ok: false, error: 'invalid_blocks' } };
      return { status: 200, body: { ok: true } };
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const token = bearer || (typeof body.token === 'string' ? body.token : '');
    const call: RecordedCall = { method, body, token };
    this.calls.push(call);
    await this.held.get(method);
    if (this.rejected(call))
      return { status: 200, body: { ok: false, error: method.startsWith('views.') ? 'invalid_arguments' : 'invalid_blocks' } };
    const script = this.scripts.find((s) => s.method === method && s.times > 0 && (!s.when || s.when(body)));
    if (script) {
      script.times -= 1;
      const f = script.failure;
      if ('error' in f) return { status: 200, body: { ok: false, error: f.error } };
      if (f.status === 429 && 'retryAfter' in f)
        return { status: 429, headers: { 'retry-after': String(f.retryAfter) }, body: { ok: false, error: 'ratelimited' } };
      return { status: f.status, body: { ok: false } };
    }
    call.answer = this.answer(method, body);
    return { status: 200, body: call.answer };
  }

  /** The code exchange of an install, and (grant_type=refresh_token) a rotated token. */
  private oauthAccess(body: Record<string, unknown>): Record<string, unknown> {
    const workspace =
      body.grant_type === 'refresh_token'
        ? [...this.oauthCodes.values()].find((w) => w.refreshToken === body.refresh_token)
        : this.oauthCodes.get(String(body.code ?? ''));
    if (!workspace) return { ok: false, error: body.grant_type === 'refresh_token' ? 'invalid_refresh_token' : 'invalid_code' };
    const rotated = body.grant_type === 'refresh_token';
    const accessToken = rotated ? `${workspace.botToken}-r${++this.counter}` : workspace.botToken;
    this.tokens.set(accessToken, workspace.teamId);
    const common = {
      ok: true,
      access_token: accessToken,
      token_type: 'bot',
      scope: 'chat:write,commands',
      bot_user_id: this.botUserId,
      app_id: 'A0TEST',
    };
    const rotation = workspace.refreshToken ? { refresh_token: workspace.refreshToken, expires_in: workspace.expiresIn ?? 43_200 } : {};
    if (rotated)
      return {
        ...common,
        ...rotation,
        team: { id: workspace.teamId },
        enterprise: workspace.enterpriseId ? { id: workspace.enterpriseId } : null,
      };
    return {
      ...common,
      ...rotation,
      team: workspace.orgWide ? null : { id: workspace.teamId, name: `Team ${workspace.teamId}` },
      enterprise: workspace.enterpriseId ? { id: workspace.enterpriseId, name: 'Grid' } : null,
      is_enterprise_install: workspace.orgWide === true,
      authed_user: { id: 'UINSTALLER' },
    };
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const channel = typeof body.channel === 'string' ? body.channel : '';
    // Posting to a user id opens (or reuses) their DM, as Slack does for bots with im:write.
    const dm = (c: string) => (/^[UW]/.test(c) ? `D${c.slice(1)}` : c);
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          user_id: this.botUserId,
          bot_id: this.botId,
          team_id: this.tokens.get(this.calls.at(-1)?.token ?? '') ?? 'T0TEST',
          user: 'wellbeing',
        };
      case 'oauth.v2.access':
        return this.oauthAccess(body);
      case 'chat.postMessage': {
        if (this.postOnlyWhereMember && /^C/.test(channel) && !this.memberOf.has(channel)) return { ok: false, error: 'not_in_channel' };
        const ts = this.nextTs();
        return { ok: true, channel: dm(channel), ts, message: { ts, text: body.text } };
      }
      case 'chat.update':
        return { ok: true, channel, ts: body.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'views.open':
      case 'views.update':
      case 'views.push':
        return { ok: true, view: { id: typeof body.view_id === 'string' ? body.view_id : `V${++this.counter}`, hash: `h${this.counter}` } };
      case 'views.publish':
        return { ok: true, view: { id: `VH${++this.counter}` } };
      case 'users.info': {
        const user = String(body.user ?? '');
        // Like Slack, the locale only when asked for (`include_locale`).
        const locale = body.include_locale === true || body.include_locale === 'true' ? { locale: this.locales.get(user) ?? 'en-GB' } : {};
        return { ok: true, user: { id: user, tz: this.zones.get(user) ?? 'Europe/London', ...locale } };
      }
      case 'conversations.info':
        return { ok: true, channel: { id: channel, is_member: this.memberOf.has(channel) } };
      default:
        return { ok: true };
    }
  }
}
