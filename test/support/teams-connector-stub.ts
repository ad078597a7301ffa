// A stand-in for the Bot Connector REST API (the `serviceUrl` Teams activities point at). Records every
// conversation creation, sent activity and update; failures (403, 404, 429, 500) can be scripted per request.
// Every card it receives is held to the Teams card budget (teams-card-budget.ts), so the test that sent one over
// it fails naming the card; a message over Teams' own limit is refused as Teams refuses it (413).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { activityCardProblems, noteCardProblems, utf16Bytes } from './teams-card-budget.js';

/** Teams' own limit on a bot message (UTF-16, approximate): over it the Connector answers 413 MessageSizeTooBig. */
const TEAMS_MESSAGE_LIMIT_BYTES = 100_000;

export type ConnectorCallKind = 'create' | 'send' | 'update' | 'member';

export interface ConnectorCall {
  kind: ConnectorCallKind;
  method: string;
  conversationId: string;
  /** For `send`: the reply-to id, when posted to /activities/:replyToId; for `update`: the updated id. */
  activityId?: string;
  /** The id the stub gave the new message or conversation root. */
  newId?: string;
  body: Record<string, unknown>;
}

export interface ScriptedFailure {
  kind?: ConnectorCallKind;
  conversationId?: string;
  status: number;
  times?: number;
  retryAfterSeconds?: number;
}

interface CardAttachment {
  contentType: string;
  content: Record<string, unknown>;
}

export class TeamsConnectorStub {
  readonly calls: ConnectorCall[] = [];
  readonly members = new Map<string, { id: string; aadObjectId: string; name: string }>();
  private failures: (ScriptedFailure & { remaining: number })[] = [];
  private server: Server | null = null;
  private counter = 0;
  private waiters: (() => void)[] = [];
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  reset(): void {
    this.calls.length = 0;
    this.failures = [];
  }

  /** The next matching request(s) fail with `status` (default once). */
  fail(failure: ScriptedFailure): void {
    this.failures.push({ ...failure, remaining: failure.times ?? 1 });
  }

  sent(conversationId?: string): ConnectorCall[] {
    return this.calls.filter((c) => c.kind === 'send' && (!conversationId || c.conversationId === conversationId));
  }

  created(): ConnectorCall[] {
    return this.calls.filter((c) => c.kind === 'create');
  }

  updates(conversationId?: string): ConnectorCall[] {
    return this.calls.filter((c) => c.kind === 'update' && (!conversationId || c.conversationId === conversationId));
  }

  /** The Adaptive Card carried by a recorded call (the root activity for a create). */
  static card(call: ConnectorCall | undefined): Record<string, unknown> | undefined {
    const activity = (call?.kind === 'create' ? call.body.activity : call?.body) as { attachments?: CardAttachment[] } | undefined;
    return activity?.attachments?.[0]?.content;
  }

  /** All text a call shows: the activity text and every string in its card. */
  static textOf(call: ConnectorCall | undefined): string {
    const activity = (call?.kind === 'create' ? call.body.activity : call?.body) as { text?: string } | undefined;
    return [activity?.text ?? '', JSON.stringify(TeamsConnectorStub.card(call) ?? {})].join('\n');
  }

  /** Resolves once `predicate` holds over the recorded calls (proactive sends may finish after the response). */
  async waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > deadline) throw new Error(`connector stub: condition not met within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 25);
      });
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
    const path = (req.url ?? '').split('?')[0] ?? '';
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent); // v3, conversations, id, ...
    const method = req.method ?? 'GET';
    let call: ConnectorCall | null = null;
    if (method === 'POST' && parts.length === 2 && parts[1] === 'conversations') {
      call = { kind: 'create', method, conversationId: '', body };
    } else if (method === 'POST' && parts[1] === 'conversations' && parts[3] === 'activities') {
      call = { kind: 'send', method, conversationId: parts[2] ?? '', activityId: parts[4], body };
    } else if (method === 'PUT' && parts[1] === 'conversations' && parts[3] === 'activities' && parts[4]) {
      call = { kind: 'update', method, conversationId: parts[2] ?? '', activityId: parts[4], body };
    } else if (method === 'GET' && parts[1] === 'conversations' && parts[3] === 'members' && parts[4]) {
      call = { kind: 'member', method, conversationId: parts[2] ?? '', activityId: parts[4], body };
    }
    if (!call) return this.respond(res, 404, { error: { code: 'NotFound', message: `${method} ${path}` } });

    const failure = this.failures.find(
      (f) => f.remaining > 0 && (!f.kind || f.kind === call.kind) && (!f.conversationId || f.conversationId === call.conversationId),
    );
    if (failure) {
      failure.remaining -= 1;
      const headers: Record<string, string> =
        failure.retryAfterSeconds !== undefined ? { 'Retry-After': String(failure.retryAfterSeconds) } : {};
      return this.respond(res, failure.status, { error: { code: 'Scripted', message: `scripted ${failure.status}` } }, headers);
    }

    const activity = call.kind === 'create' ? call.body.activity : call.kind === 'member' ? undefined : call.body;
    if (activity !== undefined) {
      noteCardProblems(activityCardProblems(activity, `connector ${call.kind} ${call.conversationId || 'new conversation'}`));
      if (utf16Bytes(activity) > TEAMS_MESSAGE_LIMIT_BYTES) {
        return this.respond(res, 413, { error: { code: 'MessageSizeTooBig', message: 'Activity body too large for storage' } });
      }
    }

    this.counter += 1;
    switch (call.kind) {
      case 'create': {
        const channelId = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
        const rootId = `${1_700_000_000_000 + this.counter}`;
        call.newId = rootId;
        call.conversationId = channelId ? `${channelId};messageid=${rootId}` : `a:new-${this.counter}`;
        this.record(call);
        return this.respond(res, 201, { id: call.conversationId, activityId: rootId });
      }
      case 'send':
        call.newId = `msg-${this.counter}`;
        this.record(call);
        return this.respond(res, 201, { id: call.newId });
      case 'update':
        this.record(call);
        return this.respond(res, 200, { id: call.activityId });
      case 'member': {
        const member = this.members.get(call.activityId ?? '');
        if (!member) return this.respond(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'no such member' } });
        return this.respond(res, 200, { ...member, userPrincipalName: `${member.name}@example.com` });
      }
    }
  }

  private record(call: ConnectorCall): void {
    this.calls.push(call);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private respond(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
}
