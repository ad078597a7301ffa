// Submitting the Offer times form: the chosen open slots and custom times (in the therapist's zone), held for the
// client for the chosen hours. A problem is shown beside its field and nothing is offered.
import { z } from 'zod';
import type { ViewOutput } from '@slack/bolt';
import type { TimeChoice } from '../../../services/types.js';
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, whoIs } from '../../context.js';
import { fieldErrors, idSchema, parseMetadata, readSelectNumber } from '../../forms.js';
import { submitterWords } from '../../words.js';
import { blocks, type BlockId } from '../../ids.js';
import type { SubmitArgs } from './types.js';

const fallback = [blocks.offerSlots, blocks.time, blocks.time2];
const metadataSchema = z.object({ employeeId: idSchema });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z.string().regex(/^\d{2}:\d{2}$/);

type Values = ViewOutput['state']['values'];

/** A custom date + time pair: null when left empty, 'malformed' when half filled. */
function customTime(values: Values, dateBlock: BlockId, timeBlock: BlockId): TimeChoice | null | 'malformed' {
  const d = values[dateBlock]?.[dateBlock]?.selected_date;
  const t = values[timeBlock]?.[timeBlock]?.selected_time;
  if (!d && !t) return null;
  const pd = date.safeParse(d);
  const pt = time.safeParse(t);
  return pd.success && pt.success ? { date: pd.data, time: pt.data } : 'malformed';
}

export function offerSubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view }: SubmitArgs): Promise<void> => {
    const values = view.state.values;
    const metadata = parseMetadata(metadataSchema, view.private_metadata);
    const actor = await whoIs(deps, teamOf(body), body.user.id);
    if (!actor || !metadata) {
      await ack(fieldErrors(submitterWords(body), values, refusalOf(actor ? 'bad_input' : 'not_registered'), fallback));
      return;
    }
    const picked = z
      .array(idSchema)
      .max(3)
      .safeParse((values[blocks.offerSlots]?.[blocks.offerSlots]?.selected_options ?? []).map((o) => o.value));
    const customs = [customTime(values, blocks.date, blocks.time), customTime(values, blocks.date2, blocks.time2)];
    if (!picked.success || customs.includes('malformed')) {
      await ack(fieldErrors(submitterWords(body), values, refusalOf(picked.success ? 'malformed_time' : 'invalid_offer'), fallback));
      return;
    }
    const times: TimeChoice[] = [
      ...picked.data.map((slotId) => ({ slotId })),
      ...customs.filter((c): c is TimeChoice => c !== null && c !== 'malformed'),
    ];
    const hours = readSelectNumber(values, blocks.offerHours) ?? undefined;
    const result = await deps.services.offers.offer(actor, { employeeId: metadata.employeeId, times, expiresInHours: hours });
    if (!result.ok) deps.log.info({ listener: 'offer-submit', refusal: result.code }, 'offer refused');
    await ack(result.ok ? undefined : fieldErrors(submitterWords(body), values, result, fallback));
  };
}
