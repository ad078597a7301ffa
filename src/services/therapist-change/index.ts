// Changing therapist (issue 19, §6): the employee's private request and the provider's reassignment.
import type { ServiceContext } from '../context.js';
import type { TherapistChangeDoc } from '../../store/therapist-change-models.js';
import type { Actor, Result } from '../types.js';
import { askToChangeTherapist } from './ask.js';
import { reassignEmployee, type ReassignResult } from './reassign.js';

export interface TherapistChangeService {
  /** The employee asks, without a reason; asking again answers the same. */
  ask(actor: Actor): Promise<Result<{ alreadyAsked: boolean }>>;
}

/** The provider's operators (CLI). */
export interface TherapistChangeOperations {
  pending(): Promise<TherapistChangeDoc[]>;
  reassign(employeeId: string, therapistId: string, by?: string): Promise<ReassignResult>;
}

export function createTherapistChangeService(ctx: ServiceContext): TherapistChangeService & TherapistChangeOperations {
  return {
    ask: (actor) => askToChangeTherapist(ctx, actor),
    pending: () => ctx.store.therapistChanges.pending(),
    reassign: (employeeId, therapistId, by) => reassignEmployee(ctx, { employeeId, therapistId, by }),
  };
}

export type { ReassignResult };
