// Reservations: the one home of the claims protocol that keeps the product's promises (docs/design.md §3: no overlap, no
// month over its allowance, a request decided once, one pending request per session, no half-written change).
// Use cases say what a change needs held and for whom, and when it is done; this module alone knows claim keys,
// owner tokens, liveness, roll-forward's claims and the round-trip shortcuts, and its promises are tested here:
// test/services/{races,intervals,interrupted-confirmation,claims-sweep,chaos,guards}.spec.ts.
//
// hold      holdBooking, holdRequest, holdTime, claimDecision / claimConfirmation, claimNextVersion,
//           claimExtraAllowanceDecision (the one decision on extra sessions, which raises a month's allowance)
// release   releaseOwned (a loser gives back only what it won), releaseRequest, releaseDecision, releaseCancelled
// transfer  moveRequestToProposal, pointMarkerTo, transferToReplacement
// repair    repairDead / releaseDead (liveness), holdNextVersionFor (finishing a confirmation left behind)
// sweep     sweepClaims: stranded changes finished (by the use cases' finishers), settled ones retired, dead freed
// offers    holdOffer, claimOfferDecision, takeOfferedTime (a booking takes over an offered time), releaseOffer
// archive   archiveSettled: settled history (ended sessions, decided requests, audit events) moved to cold collections
// Once-only markers that promise nothing about time or allowance (reminders sent, care notes, attendance) live in
// their own collection (store.markers), used by their own use cases; the sweep's lease is a plain claim.
// read      heldSpans, unitsUsed, overviewHolds, readUnitsFrom, pendingRequestIdOf
export { ARCHIVE_AFTER_DAYS, archiveSettled, isArchived, lastArchivableDay, type ArchiveReport } from './archive.js';
export { holdBooking, holdTime, unitsUsed, type BookingHold, type TimeHold } from './holds.js';
export { busyKeys, movedSessions, offerHoldOwner, requestHoldOwner, type Holder } from './keys.js';
export {
  claimOfferDecision,
  holdOffer,
  isStaleOfferDecision,
  openOfferIdOf,
  releaseOffer,
  releaseOfferDecision,
  takeOfferedTime,
  undoOfferDecision,
  type OfferDecisionData,
  type OfferHold,
  type OfferOutcome,
} from './offers.js';
export { liveClaims, releaseDead, repairDead } from './liveness.js';
export { heldSpans, overviewHolds, readUnitsFrom, type UnitsRead } from './reads.js';
export {
  holdRequest,
  moveRequestToProposal,
  pendingRequestIdOf,
  pointMarkerTo,
  releaseRequest,
  type Awaiting,
  type RequestHold,
} from './requests.js';
export {
  claimConfirmation,
  claimDecision,
  claimOfChange,
  decisionChangeId,
  decisionClaimOf,
  holdNextVersionFor,
  isStale,
  releaseDecision,
  secureMove,
  transferToReplacement,
  unitOfMove,
  type DecisionOutcome,
  type DecisionRecord,
  type ConfirmationClaim,
  type MoveNeeds,
  type MoveSecured,
} from './decisions.js';
export {
  CLAIMS_PER_PASS,
  releaseAllPassed,
  SETTLED_CLAIM_RETENTION_MS,
  sweepClaims,
  type ChangeFinishers,
  type ClaimsSweepReport,
} from './sweep.js';
export {
  claimExtraAllowanceDecision,
  type ExtraAllowanceClaim,
  type ExtraAllowanceDecision,
  type ExtraAllowanceOutcome,
} from './extra-allowance.js';
export { claimNextVersion, releaseCancelled, versionChangeId, versionOfClaim, type VersionClaim } from './versions.js';
