// Factories for the activities Teams POSTs to /api/messages: personal chat, channel thread messages, installs,
// Action.Execute invokes and Action.Submit fallbacks. `serviceUrl` points at the connector stand-in.
import { randomUUID } from 'node:crypto';
import { invokeAnswerProblems, noteCardProblems } from './teams-card-budget.js';

export const TENANT = 'tenant-test';
export const BOT = { id: '28:wellbeing-bot', name: 'Wellbeing' };

export interface TeamsUser {
  /** Bot Framework user id (29:...). */
  id: string;
  /** Entra object id: the identity's userId. */
  aadObjectId: string;
  name: string;
}

export const teamsUser = (aadObjectId: string, name = aadObjectId): TeamsUser => ({ id: `29:${aadObjectId}`, aadObjectId, name });

export type TeamsActivity = Record<string, unknown> & { id: string; type: string };

interface Where {
  serviceUrl: string;
  user: TeamsUser;
  tenantId?: string;
}

interface ChannelWhere extends Where {
  channelId: string;
  /** Root message id of the thread; omitted for a post at the channel's top level. */
  threadRootId?: string;
  teamId?: string;
}

const personalConversation = (where: Where) => ({
  id: `a:personal-${where.user.aadObjectId}`,
  conversationType: 'personal',
  tenantId: where.tenantId ?? TENANT,
});

const base = (where: Where) => ({
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl: where.serviceUrl,
  timestamp: new Date().toISOString(),
  from: { ...where.user },
  recipient: { ...BOT },
  locale: 'en-GB',
  channelData: { tenant: { id: where.tenantId ?? TENANT } },
});

export function personalMessage(where: Where & { text: string; localTimezone?: string; id?: string }): TeamsActivity {
  const activity = {
    ...base(where),
    type: 'message',
    text: where.text,
    textFormat: 'plain',
    conversation: personalConversation(where),
    localTimezone: where.localTimezone,
  };
  return where.id ? { ...activity, id: where.id } : activity;
}

export function personalInstall(where: Where & { localTimezone?: string }): TeamsActivity {
  return {
    ...base(where),
    type: 'conversationUpdate',
    conversation: personalConversation(where),
    membersAdded: [{ id: BOT.id }],
    localTimezone: where.localTimezone,
  };
}

function channelConversation(where: ChannelWhere) {
  return {
    id: where.threadRootId ? `${where.channelId};messageid=${where.threadRootId}` : where.channelId,
    conversationType: 'channel',
    isGroup: true,
    tenantId: where.tenantId ?? TENANT,
  };
}

function channelData(where: ChannelWhere) {
  return {
    tenant: { id: where.tenantId ?? TENANT },
    channel: { id: where.channelId },
    team: { id: where.teamId ?? where.channelId },
  };
}

export function channelMessage(
  where: ChannelWhere & { text: string; mentionBot?: boolean; mentions?: TeamsUser[]; id?: string },
): TeamsActivity {
  const botMention = `<at>${BOT.name}</at>`;
  const text = where.mentionBot ? `${botMention} ${where.text}` : where.text;
  const entities = [
    ...(where.mentionBot ? [{ type: 'mention', text: botMention, mentioned: { ...BOT } }] : []),
    ...(where.mentions ?? []).map((u) => ({ type: 'mention', text: `<at>${u.name}</at>`, mentioned: { id: u.id, name: u.name } })),
  ];
  return {
    ...base(where),
    id: where.id ?? randomUUID(),
    type: 'message',
    text,
    textFormat: 'plain',
    conversation: channelConversation(where),
    channelData: channelData(where),
    entities,
  };
}

export function teamInstall(where: ChannelWhere): TeamsActivity {
  return {
    ...base(where),
    type: 'conversationUpdate',
    conversation: channelConversation({ ...where, threadRootId: undefined }),
    channelData: { ...channelData(where), eventType: 'teamMemberAdded' },
    membersAdded: [{ id: BOT.id }],
  };
}

type CardWhere = (Where & { channelId?: undefined }) | ChannelWhere;

function cardConversation(where: CardWhere) {
  return where.channelId ? channelConversation(where) : personalConversation(where);
}

/** Action.Execute: an `adaptiveCard/action` invoke; inputs are merged into `data` as Teams does. */
export function cardInvoke(where: CardWhere & { verb: string; data?: Record<string, unknown>; replyToId?: string }): TeamsActivity {
  return {
    ...base(where),
    type: 'invoke',
    name: 'adaptiveCard/action',
    conversation: cardConversation(where),
    channelData: where.channelId ? channelData(where) : { tenant: { id: where.tenantId ?? TENANT } },
    replyToId: where.replyToId,
    value: {
      action: { type: 'Action.Execute', id: randomUUID(), verb: where.verb, data: { verb: where.verb, ...where.data } },
      trigger: 'manual',
    },
  };
}

/** Action.Submit fallback: a message whose `value` is the card data (with `verb`), replying to the card. */
export function cardSubmit(
  where: CardWhere & { verb: string; data?: Record<string, unknown>; replyToId?: string; id?: string },
): TeamsActivity {
  return {
    ...base(where),
    id: where.id ?? randomUUID(),
    type: 'message',
    conversation: cardConversation(where),
    channelData: where.channelId ? channelData(where) : { tenant: { id: where.tenantId ?? TENANT } },
    replyToId: where.replyToId ?? 'card-1',
    value: { verb: where.verb, ...where.data },
  };
}

function activityVerb(activity: TeamsActivity): string {
  const value = activity.value as { action?: { verb?: unknown } } | undefined;
  return typeof value?.action?.verb === 'string' ? value.action.verb : '';
}

export interface PostResult {
  status: number;
  body: unknown;
}

export async function postActivity(botUrl: string, activity: TeamsActivity, headers: Record<string, string> = {}): Promise<PostResult> {
  const res = await fetch(botUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  // A card answered to an Action.Execute replaces the clicked card: it is held to the card budget like a send.
  noteCardProblems(invokeAnswerProblems(body, `answer to ${String(activity.type)} ${activityVerb(activity)}`.trim()));
  return { status: res.status, body };
}
