// The schema of requests to change therapist (issue 19, §6), kept beside models.ts. An employee's request holds no
// reason (none is asked for); it records whom they leave and, once an operator reassigns them, whom they join.
import { Schema, type Connection, type Types } from 'mongoose';

export interface TherapistChangeDoc {
  _id: Types.ObjectId;
  orgId: string;
  employeeId: Types.ObjectId;
  /** The therapist they had when they asked (or when the operator reassigned them without a request). */
  fromTherapistId: Types.ObjectId | null;
  toTherapistId: Types.ObjectId | null;
  status: 'pending' | 'done';
  /** `open:<employee>` while pending, so one request per employee waits (a unique insert); the change's id once done. */
  openKey: string;
  createdAt: Date;
  doneAt: Date | null;
  doneBy: string | null;
}

export const openChangeKeyOf = (employeeId: Types.ObjectId | string) => `open:${String(employeeId)}`;

const therapistChangeSchema = new Schema<TherapistChangeDoc>(
  {
    orgId: { type: String, required: true },
    employeeId: { type: Schema.Types.ObjectId, required: true, index: true },
    fromTherapistId: { type: Schema.Types.ObjectId, default: null },
    toTherapistId: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, required: true },
    openKey: { type: String, required: true, unique: true },
    createdAt: { type: Date, required: true },
    doneAt: { type: Date, default: null },
    doneBy: { type: String, default: null },
  },
  { versionKey: false },
);
// Operators list what waits (few at any time).
therapistChangeSchema.index({ status: 1, createdAt: 1 });

export function bindTherapistChangeModels(conn: Connection) {
  return { TherapistChange: conn.model<TherapistChangeDoc>('TherapistChange', therapistChangeSchema, 'therapist_changes') };
}
