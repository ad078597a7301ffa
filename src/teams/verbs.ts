// Card action verbs: the `verb` of every Action.Execute (and the `verb` field of its Action.Submit fallback).
export const verbs = [
  'home',
  'book.open',
  'book.submit',
  'reschedule.open',
  'reschedule.submit',
  /** A therapist asks their client to move a session (from the week card): the form, and sending it. */
  'move.open',
  'move.submit',
  /** The root card of a client's thread: that client's sessions, each with Move session. */
  'move.pick',
  'cancel.open',
  'cancel.submit',
  'request.confirm',
  'request.decline',
  'request.propose',
  'proposal.accept',
  'proposal.decline',
  'availability.add',
  'availability.remove',
  'availability.page',
  'book.page',
  'request.withdraw',
  'attendance.mark',
  /** Universal Actions' refresh of a request's card (trigger `automatic`): answered with the card as it now stands. */
  'request.refresh',
  /** A therapist's offer of times from the client's thread (open the form, submit it); the client's answer in chat. */
  'offer.open',
  'offer.submit',
  'offer.book',
  'offer.decline',
  /** A therapist's recommendation of extra sessions, sent from the card in a client's thread. */
  'recommend.submit',
] as const;

export type Verb = (typeof verbs)[number];

export function isVerb(value: unknown): value is Verb {
  return typeof value === 'string' && (verbs as readonly string[]).includes(value);
}

/** Verbs that make sense where others read along: the therapist's decisions in their channel. */
export const channelVerbs: ReadonlySet<string> = new Set<string>([
  'request.refresh',
  'request.confirm',
  'request.decline',
  'request.propose',
  'move.pick',
  'move.open',
  'move.submit',
  'availability.add',
  'availability.remove',
  'availability.page',
  'offer.open',
  'offer.submit',
  'recommend.submit',
]);
