// Every Slack identifier the app registers or sends, in one place. The manifest test checks these against
// manifests/slack/manifest.json and against what the listeners register, so nothing drifts.

export const commands = {
  /** Employees: upcoming sessions, allowance and help, as an ephemeral message. */
  wellbeing: '/wellbeing',
  /** Therapists: list, add and remove open slots. */
  availability: '/wellbeing-availability',
  /** HR admins: aggregated usage report. */
  usage: '/wellbeing-usage',
  /** Operators and HR admins: link a therapist to the current channel. */
  link: '/wellbeing-link',
} as const;

export const actions = {
  messageTherapist: 'message_therapist',
  bookOpen: 'book_open',
  sessionReschedule: 'session_reschedule',
  sessionCancel: 'session_cancel',
  /** Therapists, on App Home and in a client's thread: ask the client to move a session (value: its id). */
  sessionMove: 'session_move',
  /** Therapists, on the root message of a client's thread: move one of that client's sessions (value: the client). */
  threadMove: 'thread_move',
  requestConfirm: 'request_confirm',
  requestDecline: 'request_decline',
  requestPropose: 'request_propose',
  proposalAccept: 'proposal_accept',
  proposalDecline: 'proposal_decline',
  availabilityRemove: 'availability_remove',
  requestWithdraw: 'request_withdraw',
  /** Therapists, on App Home after a session: the value is the session id. */
  attendanceAttended: 'attendance_attended',
  attendanceNoShow: 'attendance_no_show',
  /** Therapists, on App Home: recommend extra sessions for a client who has used their month (issue 19, §4). */
  recommendOpen: 'recommend_open',
  /** Employees, on App Home: ask the wellbeing service for another therapist (issue 19, §6). */
  changeTherapist: 'change_therapist',
  /**
   * Earlier / Later week in a paged slot picker; the value is the week's Monday. Two ids, as Slack wants an action
   * id unique within its block and both buttons share one.
   */
  slotWeekEarlier: 'slot_week_earlier',
  slotWeekLater: 'slot_week_later',
  /** The one id both buttons used to share: still answered, for a modal opened before they had their own. */
  slotWeek: 'slot_week',
  /** Therapists, in a client's thread: open the Offer times form; the value is the client's person id. */
  offerOpen: 'offer_open',
  /**
   * The client, on an offer in their DM: book the first, second or third time (one id each, as they share a block);
   * the value is `<offer id>:<index>`.
   */
  offerBook1: 'offer_book_1',
  offerBook2: 'offer_book_2',
  offerBook3: 'offer_book_3',
  /** The client chooses none of the offered times; the value is the offer id. */
  offerDecline: 'offer_decline',
} as const;

export const views = {
  messageTherapist: 'message_therapist_view',
  book: 'book_view',
  reschedule: 'reschedule_view',
  cancel: 'cancel_view',
  decline: 'decline_view',
  propose: 'propose_view',
  move: 'move_view',
  availability: 'availability_view',
  offer: 'offer_view',
  recommend: 'recommend_view',
  changeTherapist: 'change_therapist_view',
} as const;

/** Views without a submit button: shown while data loads, or to explain a refusal. */
export const infoViewCallbackId = 'info_view';

/** Bot events in the manifest; `message` arrives as message.im / message.channels / message.groups. */
export const botEvents = [
  'app_home_opened',
  'message.im',
  'message.channels',
  'message.groups',
  'app_uninstalled',
  'tokens_revoked',
] as const;

/** Input block ids inside modals (and the element action ids inside them: the same string). */
export const blocks = {
  slot: 'slot',
  date: 'date',
  time: 'time',
  reason: 'reason',
  note: 'note',
  message: 'message',
  duration: 'duration',
  weeks: 'weeks',
  /** The Offer times form: open slots (up to three), a second custom date + time, and how long the times are held. */
  offerSlots: 'offer_slots',
  date2: 'date_2',
  time2: 'time_2',
  offerHours: 'offer_hours',
  client: 'client',
  month: 'month',
  sessions: 'sessions',
} as const;

export type ActionId = (typeof actions)[keyof typeof actions];
export type ViewCallbackId = (typeof views)[keyof typeof views];
export type BlockId = (typeof blocks)[keyof typeof blocks];
