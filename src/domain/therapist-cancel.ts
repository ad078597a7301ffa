// Who pays for a late cancellation (docs/design.md §9): a session the therapist cancels is always credited back to the
// employee, whenever it happens; only the employee's own cancellation inside the window counts as late.
import { cancellationKind } from './policy.js';

export function isLateCancellation(by: 'employee' | 'therapist', start: Date, now: Date, cutoffHours: number): boolean {
  return by === 'employee' && cancellationKind(start, now, cutoffHours) === 'late';
}
