// What an activity must look like before the bot (or botbuilder's own routing) touches it. botbuilder trusts the
// shape: an activity without `from` or `conversation`, or an invoke without a card action, throws deep inside it and
// comes out as a 500 (or a 501 for invokes it has no handler for). Parsed here first, the bot sees only activities
// it can handle; everything else is answered without running it.
import { z } from 'zod';

/**
 * Ids go into connector URLs (a reply is POSTed to `/conversations/<conversation.id>/activities/<id>`): a huge one
 * (431) or one with control characters failed the reply and the turn with it. Real ones are printable and well
 * under a few hundred characters.
 */
// Control characters are exactly what is refused.
// eslint-disable-next-line no-control-regex
const printable = /^[^\u0000-\u001f\u007f]+$/;
const ref = z.string().min(1).max(1024).regex(printable);

// Accounts and the conversation are copied into every reply and into the stored conversation reference, which the
// connector client serializes by type (a `name` that is an array failed every reply) and the database keeps (a
// nested array in an extra field failed the write on FerretDB). So only their known fields are kept, typed.
const account = z.object({
  id: ref,
  name: z.string().nullish(),
  aadObjectId: z.string().min(1).nullish(),
  role: z.string().nullish(),
});

const conversation = z.object({
  id: ref,
  name: z.string().nullish(),
  conversationType: z.string().nullish(),
  tenantId: z.string().nullish(),
  isGroup: z.boolean().nullish(),
});

const idOnly = z.looseObject({ id: z.string().min(1) });

const channelData = z.looseObject({
  tenant: idOnly.nullish(),
  channel: idOnly.nullish(),
  team: idOnly.nullish(),
  eventType: z.string().nullish(),
});

/** botbuilder's mention helpers read `mentioned.id` and `text` of every entity whose type is "mention" (any case). */
const isMention = (entity: { type: string }): boolean => entity.type.toLowerCase() === 'mention';
const mention = z.looseObject({ type: z.string(), mentioned: z.looseObject({ id: z.string() }), text: z.string() });
const entity = z.union([mention, z.looseObject({ type: z.string().refine((t) => !isMention({ type: t })) })]);

const common = {
  id: ref.nullish(),
  channelId: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  from: account,
  recipient: account,
  conversation,
  channelData: channelData.nullish(),
  // botbuilder reads `entities.length` whenever it is not undefined.
  entities: z.array(entity).optional(),
  replyToId: ref.nullish(),
  localTimezone: z.string().nullish(),
  timestamp: z.string().nullish(),
  locale: z.string().nullish(),
};

const message = z
  .looseObject({
    ...common,
    type: z.literal('message'),
    text: z.string().nullish(),
    value: z.unknown().optional(),
    attachments: z.array(z.looseObject({ contentType: z.string() })).nullish(),
  })
  // Removing the bot's mention edits `text` in place (botbuilder's removeMentionText): a mention needs its text.
  .refine((m) => typeof m.text === 'string' || !(m.entities ?? []).some(isMention), { path: ['text'], message: 'a mention without text' });

const conversationUpdate = z.looseObject({
  ...common,
  type: z.literal('conversationUpdate'),
  membersAdded: z.array(account).nullish(),
  membersRemoved: z.array(account).nullish(),
});

/** Action.Execute: the only invoke this bot answers. */
const cardAction = z.looseObject({
  ...common,
  type: z.literal('invoke'),
  name: z.literal('adaptiveCard/action'),
  value: z.looseObject({
    action: z.looseObject({
      type: z.string().nullish(),
      verb: z.string().min(1),
      data: z.record(z.string(), z.unknown()).nullish(),
    }),
    trigger: z.string().nullish(),
  }),
});

export const handledActivity = z.discriminatedUnion('type', [message, conversationUpdate, cardAction]);
export type HandledActivity = z.infer<typeof handledActivity>;

/** The first thing checked, before authentication: anything else is not an activity at all. */
export const activityEnvelope = z.looseObject({ type: z.string().min(1) });

/** Activities Teams sends that this bot has nothing to do for: answered 200 without running the bot. */
export function isIgnorable(body: { type: string; name?: unknown }): boolean {
  if (body.type === 'invoke') return body.name !== 'adaptiveCard/action';
  return body.type !== 'message' && body.type !== 'conversationUpdate';
}

/** Where a refused activity failed, as paths and codes only: never a value, which could be message text. */
export const issuesOf = (error: z.ZodError): string[] => error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}:${i.code}`);
