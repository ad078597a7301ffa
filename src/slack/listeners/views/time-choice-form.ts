// The part every "pick a new time" modal shares: who submitted it, which session or request it is about, and the
// chosen slot or custom date + time. A problem is answered as field errors here, and the caller stops.
import type { z } from 'zod';
import type { Actor, TimeChoice } from '../../../services/types.js';
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, whoIs } from '../../context.js';
import { fieldErrors, parseMetadata, readTimeChoice } from '../../forms.js';
import { submitterWords } from '../../words.js';
import type { BlockId } from '../../ids.js';
import type { SubmitArgs } from './types.js';

export interface TimeChoiceForm<M> {
  actor: Actor;
  metadata: M;
  choice: TimeChoice;
}

export async function readTimeChoiceForm<M>(
  deps: SlackDeps,
  { ack, body, view }: Pick<SubmitArgs, 'ack' | 'body' | 'view'>,
  schema: z.ZodType<M>,
  fallback: BlockId[],
): Promise<TimeChoiceForm<M> | null> {
  const values = view.state.values;
  const metadata = parseMetadata(schema, view.private_metadata);
  const actor = await whoIs(deps, teamOf(body), body.user.id);
  if (!actor || !metadata) {
    await ack(fieldErrors(submitterWords(body), values, refusalOf(actor ? 'bad_input' : 'not_registered'), fallback));
    return null;
  }
  const choice = readTimeChoice(values);
  if (!choice.ok) {
    await ack(fieldErrors(submitterWords(body), values, refusalOf(choice.code), fallback));
    return null;
  }
  return { actor, metadata, choice: choice.choice };
}
