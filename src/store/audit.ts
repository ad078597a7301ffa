// The audit trail: who did what, when, why. Ids are deterministic so a replayed step appends nothing twice.
import { isDuplicateKey } from './claims.js';
import type { AuditEventDoc, Models } from './models.js';

export class AuditRepository {
  constructor(private readonly models: Models) {}

  async append(event: AuditEventDoc): Promise<void> {
    try {
      await this.models.AuditEvent.create(event);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }

  ofSubject(subjectId: string): Promise<AuditEventDoc[]> {
    return this.models.AuditEvent.find({ subjectId }).sort({ at: 1 }).lean<AuditEventDoc[]>().exec();
  }
}
