// The schema of extra-session recommendations (issue 19, §4), kept beside models.ts like the tenancy schemas. The
// clinical note is provider-side free text: never copied into claims, audit events, notices or logs; exported,
// erased and purged after the organisation's retention like reasons are.
import { Schema, type Connection, type Types } from 'mongoose';
import { dayKey } from '../domain/time.js';

export type RecommendationStatus = 'pending' | 'approved' | 'declined';

export interface RecommendationDoc {
  _id: Types.ObjectId;
  orgId: string;
  employeeId: Types.ObjectId;
  therapistId: Types.ObjectId;
  month: string; // yyyy-MM in the organisation's zone
  sessions: number;
  /** The therapist's clinical note, for the provider's operators only. */
  note: string;
  status: RecommendationStatus;
  /**
   * `open:<employee>:<month>` while pending, so a second pending recommendation for the same month collides (a unique
   * insert, not a read-then-write); the recommendation's own id once decided, so a new one can follow.
   */
  openKey: string;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** The operator's reason: an approval's (audited) or a decline's (told to the therapist). */
  decisionReason: string | null;
  createdAt: Date;
  /** The UTC day of `createdAt`: the retention pass reaches one organisation's day by equality. */
  day?: string;
}

export const openKeyOf = (employeeId: Types.ObjectId | string, month: string) => `open:${String(employeeId)}:${month}`;

const recommendationSchema = new Schema<RecommendationDoc>(
  {
    orgId: { type: String, required: true },
    employeeId: { type: Schema.Types.ObjectId, required: true, index: true },
    therapistId: { type: Schema.Types.ObjectId, required: true, index: true },
    month: { type: String, required: true },
    sessions: { type: Number, required: true },
    note: { type: String, required: true },
    status: { type: String, required: true },
    openKey: { type: String, required: true, unique: true },
    decidedBy: { type: String, default: null },
    decidedAt: { type: Date, default: null },
    decisionReason: { type: String, default: null },
    createdAt: { type: Date, required: true },
    day: { type: String },
  },
  { versionKey: false },
);
// Operators list what waits (`status: 'pending'`, few at any time); retention walks one organisation's day.
recommendationSchema.index({ status: 1, createdAt: 1 });
recommendationSchema.index({ orgId: 1, day: 1 });
recommendationSchema.pre('validate', function () {
  if (this.createdAt instanceof Date && !this.day) this.day = dayKey(this.createdAt);
});

export function bindRecommendationModels(conn: Connection) {
  return {
    Recommendation: conn.model<RecommendationDoc>('Recommendation', recommendationSchema, 'recommendations'),
  };
}
