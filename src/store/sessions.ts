// Sessions, slots and reschedule requests. Writes here are plain: the claims decide who may write.
import type { Types } from 'mongoose';
import type { Models, RescheduleRequestDoc, SessionDoc, SlotDoc } from './models.js';
import { ArchiveRepository, onePerId } from './archive.js';
import { findEach } from './by-ids.js';

export class SessionRepository {
  private readonly archive: ArchiveRepository;

  constructor(private readonly models: Models) {
    this.archive = new ArchiveRepository(models);
  }

  session(id: Types.ObjectId | string): Promise<SessionDoc | null> {
    return this.models.Session.findById(id).lean<SessionDoc>().exec();
  }

  /** Inserting with a known `_id` makes a replayed step a no-op (11000 is treated as already done). */
  async insertSession(session: SessionDoc): Promise<void> {
    await this.models.Session.create(session);
  }

  async updateSession(id: Types.ObjectId, fields: Partial<SessionDoc>): Promise<void> {
    await this.models.Session.updateOne({ _id: id }, { $set: fields }).exec();
  }

  upcomingOf(field: 'employeeId' | 'therapistId', personId: Types.ObjectId, after: Date, limit = 20): Promise<SessionDoc[]> {
    return this.models.Session.find({ [field]: personId, status: 'booked', end: { $gt: after } })
      .sort({ start: 1 })
      .limit(limit)
      .lean<SessionDoc[]>()
      .exec();
  }

  sessionsByIds(ids: string[]): Promise<SessionDoc[]> {
    return findEach(ids, (_id) => this.models.Session.findOne({ _id }).lean<SessionDoc>().exec());
  }

  /** Sessions that count a unit (booked, or cancelled late) among `unitKeys`: each unit's sessions by equality. */
  async liveWithUnitKeys(unitKeys: string[]): Promise<Pick<SessionDoc, '_id' | 'unitKey' | 'status'>[]> {
    const found = await Promise.all(
      [...new Set(unitKeys)].map((unitKey) =>
        this.models.Session.find({ unitKey }, { unitKey: 1, status: 1 }).lean<Pick<SessionDoc, '_id' | 'unitKey' | 'status'>[]>().exec(),
      ),
    );
    return found.flat().filter((s) => s.status === 'booked' || s.status === 'late_cancelled');
  }

  /**
   * What the usage report needs of an organisation's month, in one indexed pass over {orgId, month} of the hot
   * collection and of that month's cold one, sent together: only the three fields counted. A session met on both
   * sides (a move between its copy and its delete) counts once. One pass is cheaper than two $group stages on every
   * backend we run on (FerretDB v1 also computes only the first accumulator of a $group), and no name or content is
   * read.
   */
  async monthForReport(orgId: string, month: string): Promise<Pick<SessionDoc, 'employeeId' | 'status' | 'end' | 'attendance'>[]> {
    type Counted = Pick<SessionDoc, '_id' | 'employeeId' | 'status' | 'end' | 'attendance'>;
    const fields = { employeeId: 1, status: 1, end: 1, attendance: 1 };
    const [hot, cold] = await Promise.all([
      this.models.Session.find({ orgId, month }, fields).lean<Counted[]>().exec(),
      this.archive.cold('sessions', month).find({ orgId, month }, fields).lean<Counted[]>().exec(),
    ]);
    return onePerId([...hot, ...cold]);
  }

  slot(id: Types.ObjectId | string): Promise<SlotDoc | null> {
    return this.models.Slot.findById(id).lean<SlotDoc>().exec();
  }

  slotAt(therapistId: Types.ObjectId, start: Date): Promise<SlotDoc | null> {
    return this.models.Slot.findOne({ therapistId, start }).lean<SlotDoc>().exec();
  }

  slotsBetween(therapistId: Types.ObjectId, from: Date, to: Date): Promise<SlotDoc[]> {
    return this.models.Slot.find({ therapistId, start: { $gte: from, $lt: to } })
      .sort({ start: 1 })
      .lean<SlotDoc[]>()
      .exec();
  }

  /** Slots whose span could overlap [from, to): a slot lasts at most a few hours, so a window search suffices. */
  slotsNear(therapistId: Types.ObjectId, from: Date, to: Date, maxMinutes: number): Promise<SlotDoc[]> {
    return this.slotsBetween(therapistId, new Date(from.getTime() - maxMinutes * 60_000), to);
  }

  async insertSlots(slots: Omit<SlotDoc, '_id'>[]): Promise<SlotDoc[]> {
    const docs = await this.models.Slot.insertMany(slots, { ordered: true });
    return docs.map((d) => d.toObject() as SlotDoc);
  }

  /** Adds a slot if none starts at that time; returns the slot either way (idempotent for replays). */
  async ensureSlot(slot: Omit<SlotDoc, '_id'>): Promise<SlotDoc> {
    try {
      const doc = await this.models.Slot.create(slot);
      return doc.toObject() as SlotDoc;
    } catch (err) {
      const existing = await this.slotAt(slot.therapistId, slot.start);
      if (existing) return existing;
      throw err;
    }
  }

  async deleteSlot(id: Types.ObjectId): Promise<void> {
    await this.models.Slot.deleteOne({ _id: id }).exec();
  }

  request(id: Types.ObjectId | string): Promise<RescheduleRequestDoc | null> {
    return this.models.RescheduleRequest.findById(id).lean<RescheduleRequestDoc>().exec();
  }

  requestsByIds(ids: string[]): Promise<RescheduleRequestDoc[]> {
    return findEach(ids, (_id) => this.models.RescheduleRequest.findOne({ _id }).lean<RescheduleRequestDoc>().exec());
  }

  allPendingRequests(limit = 500): Promise<RescheduleRequestDoc[]> {
    return this.models.RescheduleRequest.find({ status: 'pending' }).limit(limit).lean<RescheduleRequestDoc[]>().exec();
  }

  async insertRequest(request: RescheduleRequestDoc): Promise<void> {
    await this.models.RescheduleRequest.create(request);
  }

  /** Where a request's messages went (its thread post, the employee's direct message), set by whoever sent them. */
  async setRequestMessages(
    requestId: string,
    fields: Partial<Pick<RescheduleRequestDoc, 'threadMessageId' | 'threadMessageAt' | 'personMessage'>>,
  ): Promise<void> {
    await this.models.RescheduleRequest.updateOne({ _id: requestId }, { $set: fields }).exec();
  }

  async updateRequest(id: Types.ObjectId, fields: Partial<RescheduleRequestDoc>): Promise<void> {
    await this.models.RescheduleRequest.updateOne({ _id: id }, { $set: fields }).exec();
  }
}
