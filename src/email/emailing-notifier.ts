// Confirmations by e-mail, where configured (docs/design.md §2.6): wraps the chat Notifier, and after each change
// notice also e-mails the reader, in their own zone and language. Free text (reasons, notes) stays in chat and out of mail.
import type { Transporter } from 'nodemailer';
import { invitationFor } from '../calendar/invitation.js';
import type { CalendarTitleOf } from '../calendar/title.js';
import { organiserOf } from '../calendar/organiser.js';
import { noticeText } from '../domain/wording.js';
import { wordsFor } from '../i18n/words.js';
import type { Logger } from '../log.js';
import type { ChannelAddress } from '../domain/types.js';
import { DeliveryError, type Notifier } from '../services/notifier.js';
import type { Notice, NoticeKind, PersonMessage, Recipient, ThreadAddress } from '../notices/notice.js';

export const EMAILED: ReadonlySet<NoticeKind> = new Set([
  'session_booked',
  'session_rescheduled',
  'session_cancelled',
  // Requests, their answers and expiry too (docs/design.md §9); their lines carry no reason or note.
  'reschedule_requested',
  'reschedule_awaiting',
  'reschedule_proposed',
  'reschedule_declined',
  'request_expired',
]);

export class EmailingNotifier implements Notifier {
  constructor(
    private readonly chat: Notifier,
    private readonly transport: Pick<Transporter, 'sendMail'>,
    private readonly from: string,
    private readonly log: Logger,
    /** The reader's organisation's invitation title (src/calendar/title.ts); without it, the default neutral title. */
    private readonly titleOf: CalendarTitleOf = async () => null,
  ) {}

  notifyPerson(to: Recipient, notice: Notice): Promise<PersonMessage | null> {
    return this.alongside(to, notice, () => this.chat.notifyPerson(to, notice));
  }

  /** An update brings a chat message up to date; it e-mails nothing (the mail went with the message). */
  updatePersonMessage(to: Recipient, message: PersonMessage, notice: Notice): Promise<void> {
    return this.chat.updatePersonMessage(to, message, notice);
  }

  openThread(channel: ChannelAddress, reader: Recipient, notice: Notice): Promise<string> {
    return this.chat.openThread(channel, reader, notice);
  }

  postToThread(thread: ThreadAddress, reader: Recipient, notice: Notice): Promise<string> {
    return this.alongside(reader, notice, () => this.chat.postToThread(thread, reader, notice));
  }

  updateThreadMessage(thread: ThreadAddress, messageId: string, reader: Recipient, notice: Notice): Promise<void> {
    return this.chat.updateThreadMessage(thread, messageId, reader, notice);
  }

  /**
   * The e-mail goes with the chat message: after it is sent, or when it failed for good (the mail is then the
   * reader's only copy). A chat failure that passes is retried by the sweep, which e-mails then: never twice.
   */
  private async alongside<T>(to: Recipient, notice: Notice, chat: () => Promise<T>): Promise<T> {
    let sent: T;
    try {
      sent = await chat();
    } catch (err) {
      const retried = !(err instanceof DeliveryError) || err.failure === 'unavailable' || err.failure === 'throttled';
      if (!retried) await this.email(to, notice);
      throw err;
    }
    await this.email(to, notice);
    return sent;
  }

  /** Never throws: a mail server outage must not fail a change that is already stored. */
  private async email(to: Recipient, notice: Notice): Promise<void> {
    if (!to.email || !EMAILED.has(notice.kind)) return;
    const { subject, text } = emailText(notice, to);
    try {
      // The organisation's own title is data, shown as set; without one, the invitation's default in the reader's words.
      const calendarTitle = await this.titleOf(to).catch(() => null);
      const invitation = invitationFor(notice, { ...to, email: to.email }, organiserOf(this.from), new Date(), calendarTitle);
      await this.transport.sendMail({
        from: this.from,
        to: to.email,
        subject,
        text,
        ...(invitation ? { icalEvent: { method: invitation.method, filename: 'invite.ics', content: invitation.content } } : {}),
      });
    } catch (err) {
      this.log.warn({ err: { type: (err as Error).name }, notice: notice.kind }, 'confirmation e-mail failed');
    }
  }
}

/** The e-mail a notice makes for its reader: the notice's title as subject, its lines as plain text, in their words. */
export function emailText(notice: Notice, to: Recipient): { subject: string; text: string } {
  const w = wordsFor(to);
  const { title, lines } = noticeText(notice, to);
  return { subject: title, text: [w.t('email.greeting', { name: to.displayName }), '', ...lines, '', w.t('email.zoneNote')].join('\n') };
}
