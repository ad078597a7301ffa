// A therapist's own settings (meeting link, usual reply time and hours, booking notice). Plain field writes: only the therapist or the operator sets them.
import type { Types } from 'mongoose';
import type { Models, PersonDoc, SessionDoc } from './models.js';

export class TherapistSettingsRepository {
  /** `changed` tells the directory a person changed, so its short-lived copy of them is dropped. */
  constructor(
    private readonly models: Models,
    private readonly changed: (personId: string | Types.ObjectId) => void = () => undefined,
  ) {}

  async setMeetingLink(therapistId: string | Types.ObjectId, link: string | null): Promise<void> {
    await this.models.Person.updateOne({ _id: therapistId }, { $set: { meetingLink: link } }).exec();
    this.changed(therapistId);
  }

  async setReplyHours(therapistId: string | Types.ObjectId, usualReply: string | null, replyHours: PersonDoc['replyHours']): Promise<void> {
    await this.models.Person.updateOne({ _id: therapistId }, { $set: { usualReply, replyHours } }).exec();
    this.changed(therapistId);
  }

  async setBookingNotice(therapistId: string | Types.ObjectId, hours: number): Promise<void> {
    await this.models.Person.updateOne({ _id: therapistId }, { $set: { bookingNoticeHours: hours } }).exec();
    this.changed(therapistId);
  }

  async setAwayPeriods(therapistId: string | Types.ObjectId, periods: { from: string; to: string }[]): Promise<void> {
    await this.models.Person.updateOne({ _id: therapistId }, { $set: { awayPeriods: periods } }).exec();
    this.changed(therapistId);
  }

  async setAttendance(sessionId: string | Types.ObjectId, attendance: 'attended' | 'no_show'): Promise<void> {
    await this.models.Session.updateOne({ _id: sessionId }, { $set: { attendance } }).exec();
  }

  /** A therapist's sessions that ended in [since, until), still booked and not yet marked: one query, newest first. */
  endedWithoutAttendance(therapistId: Types.ObjectId, since: Date, until: Date, limit = 20): Promise<SessionDoc[]> {
    return this.models.Session.find({ therapistId, status: 'booked', attendance: null, end: { $gte: since, $lte: until } })
      .sort({ end: -1 })
      .limit(limit)
      .lean<SessionDoc[]>()
      .exec();
  }
}
