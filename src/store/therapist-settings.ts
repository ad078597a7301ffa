// A therapist's own settings (meeting link). Plain field writes: only the therapist or the operator sets them.
import type { Types } from 'mongoose';
import type { Models } from './models.js';

export class TherapistSettingsRepository {
  constructor(private readonly models: Models) {}

  async setMeetingLink(therapistId: string | Types.ObjectId, link: string | null): Promise<void> {
    await this.models.Person.updateOne({ _id: therapistId }, { $set: { meetingLink: link } }).exec();
  }
}
