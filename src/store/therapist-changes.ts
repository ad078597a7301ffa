// Requests to change therapist (issue 19, §6): one pending per employee (a unique insert on `openKey`), listed for
// the provider's operators, marked done when they reassign the employee.
import { Types } from 'mongoose';
import { isDuplicateKey } from './claims.js';
import type { Models } from './models.js';
import { openChangeKeyOf, type TherapistChangeDoc } from './therapist-change-models.js';

export class TherapistChangeRepository {
  constructor(private readonly models: Models) {}

  /** True when stored; false when this employee's request already waits. */
  async insertPending(doc: Omit<TherapistChangeDoc, 'openKey' | 'status' | 'toTherapistId' | 'doneAt' | 'doneBy'>): Promise<boolean> {
    try {
      await this.models.TherapistChange.create({
        ...doc,
        status: 'pending',
        openKey: openChangeKeyOf(doc.employeeId),
        toTherapistId: null,
        doneAt: null,
        doneBy: null,
      });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  pending(limit = 200): Promise<TherapistChangeDoc[]> {
    return this.models.TherapistChange.find({ status: 'pending' }).sort({ createdAt: 1 }).limit(limit).lean<TherapistChangeDoc[]>().exec();
  }

  pendingOf(employeeId: Types.ObjectId): Promise<TherapistChangeDoc | null> {
    return this.models.TherapistChange.findOne({ openKey: openChangeKeyOf(employeeId) })
      .lean<TherapistChangeDoc>()
      .exec();
  }

  get(id: string): Promise<TherapistChangeDoc | null> {
    if (!Types.ObjectId.isValid(id)) return Promise.resolve(null);
    return this.models.TherapistChange.findById(id).lean<TherapistChangeDoc>().exec();
  }

  /** The employee's changes, newest first (export; the latest tells a re-run whom they left). */
  ofEmployee(employeeId: Types.ObjectId | string): Promise<TherapistChangeDoc[]> {
    return this.models.TherapistChange.find({ employeeId }).sort({ createdAt: -1 }).lean<TherapistChangeDoc[]>().exec();
  }

  /** Records a reassignment: the waiting request is closed, or (reassigned without one) a closed record is added. */
  async recordDone(change: {
    id: Types.ObjectId;
    orgId: string;
    employeeId: Types.ObjectId;
    fromTherapistId: Types.ObjectId | null;
    toTherapistId: Types.ObjectId;
    at: Date;
    by: string;
    createdAt: Date;
  }): Promise<void> {
    const fields = {
      orgId: change.orgId,
      employeeId: change.employeeId,
      fromTherapistId: change.fromTherapistId,
      toTherapistId: change.toTherapistId,
      status: 'done' as const,
      openKey: String(change.id),
      doneAt: change.at,
      doneBy: change.by,
      createdAt: change.createdAt,
    };
    await this.models.TherapistChange.updateOne({ _id: change.id }, { $set: fields }, { upsert: true }).exec();
  }
}
