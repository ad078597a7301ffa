// Data protection (docs/design.md §10): subject access, erasure, offboarding, retention and key rotation.
export { exportPerson, type PersonExport } from './export.js';
export { erasePerson, type ErasureReport, type ErasureResult } from './erase.js';
export { offboardPerson, type OffboardResult } from './offboard.js';
export {
  markArchivedText,
  purgeExpiredClaimText,
  purgeExpiredText,
  RETENTION_BATCH,
  RETENTION_TEXT_PER_PASS,
  type RetentionReport,
} from './retention.js';
export { installsMadeBy, resealInstalls, type ResealReport } from './installs.js';
export { OPERATOR_CANCEL_REASON } from './operator-cancel.js';
