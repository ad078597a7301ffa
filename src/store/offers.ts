// Offers of times for a client's next session (docs/design.md §2, rule 11). An offer's status is written only by the
// winner of its decision claim, so these plain updates never race one another.
import type { Types } from 'mongoose';
import { findEach } from './by-ids.js';
import type { Models, OfferDoc, OfferStatus } from './models.js';

export type OfferMessages = Partial<Pick<OfferDoc, 'threadMessageId' | 'threadMessageAt' | 'personMessage'>>;

export class OfferRepository {
  constructor(private readonly models: Models) {}

  async insert(offer: OfferDoc): Promise<void> {
    await this.models.Offer.create(offer);
  }

  offer(id: string | Types.ObjectId): Promise<OfferDoc | null> {
    return this.models.Offer.findOne({ _id: id }).lean<OfferDoc>().exec();
  }

  /** Offers by id, each read by `_id` equality (a claim's liveness judges several at once). */
  offersByIds(ids: string[]): Promise<OfferDoc[]> {
    return findEach(ids, (_id) => this.models.Offer.findOne({ _id }).lean<OfferDoc>().exec());
  }

  /** The decision's winner records it (idempotent: a finisher may write the same again). */
  async decide(
    id: Types.ObjectId | string,
    status: Exclude<OfferStatus, 'open'>,
    at: Date,
    bookedSessionId: Types.ObjectId | null,
  ): Promise<void> {
    await this.models.Offer.updateOne({ _id: id }, { $set: { status, decidedAt: at, bookedSessionId } }).exec();
  }

  /** Where the offer's messages went, set by whoever sent them. */
  async setMessages(id: string, fields: OfferMessages): Promise<void> {
    await this.models.Offer.updateOne({ _id: id }, { $set: fields }).exec();
  }

  /** Open offers, the earliest expiry first, at most `limit`: the sweep expires those due (open is short-lived). */
  open(limit: number): Promise<OfferDoc[]> {
    return this.models.Offer.find({ status: 'open' }).sort({ expiresAt: 1 }).limit(limit).lean<OfferDoc[]>().exec();
  }

  /** Erasure: where the client's offer messages went (their direct messages) is forgotten. */
  async forgetClientMessages(employeeId: Types.ObjectId): Promise<void> {
    await this.models.Offer.updateMany({ employeeId }, { $set: { personMessage: null } }).exec();
  }

  /** A person's offers, as client or as therapist (data protection). */
  async ofPerson(personId: Types.ObjectId): Promise<OfferDoc[]> {
    const found = await Promise.all([
      this.models.Offer.find({ employeeId: personId }).lean<OfferDoc[]>().exec(),
      this.models.Offer.find({ therapistId: personId }).lean<OfferDoc[]>().exec(),
    ]);
    return [...new Map(found.flat().map((o) => [String(o._id), o])).values()];
  }
}
