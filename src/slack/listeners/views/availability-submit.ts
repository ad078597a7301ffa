// Adding slots from the availability modal: on success the modal is redrawn with the new slots listed.
import { z } from 'zod';
import { availabilityModal } from '../../blocks/availability.js';
import type { SlackDeps } from '../../context.js';
import { refusalOf, teamOf, whoIs } from '../../context.js';
import { fieldErrors, readSelectNumber } from '../../forms.js';
import { submitterWords } from '../../words.js';
import { blocks } from '../../ids.js';
import type { SubmitArgs } from './types.js';
import { wordsFor } from '../../../i18n/words.js';

const fallback = [blocks.time, blocks.date];
const byField = { invalid_duration: blocks.duration, invalid_repeat: blocks.weeks, slot_overlap: blocks.time } as const;
const addSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^\d{2}:\d{2}$/),
});

export function availabilitySubmitCallback(deps: SlackDeps) {
  return async ({ ack, body, view }: SubmitArgs): Promise<void> => {
    const values = view.state.values;
    const actor = await whoIs(deps, teamOf(body), body.user.id);
    if (!actor) {
      await ack(fieldErrors(submitterWords(body), values, refusalOf('not_registered'), fallback));
      return;
    }
    const when = addSchema.safeParse({
      date: values[blocks.date]?.[blocks.date]?.selected_date,
      time: values[blocks.time]?.[blocks.time]?.selected_time,
    });
    const durationMinutes = readSelectNumber(values, blocks.duration);
    const weeks = readSelectNumber(values, blocks.weeks);
    if (!when.success) {
      await ack(fieldErrors(submitterWords(body), values, refusalOf('malformed_time'), fallback));
      return;
    }
    if (durationMinutes === null || weeks === null) {
      await ack(
        fieldErrors(
          submitterWords(body),
          values,
          refusalOf(durationMinutes === null ? 'invalid_duration' : 'invalid_repeat'),
          fallback,
          byField,
        ),
      );
      return;
    }
    const added = await deps.services.availability.add(actor, { ...when.data, durationMinutes, weeks });
    if (!added.ok) {
      await ack(fieldErrors(submitterWords(body), values, added, fallback, byField));
      return;
    }
    const list = await deps.services.availability.list(actor);
    const w = wordsFor(actor);
    const banner = w.t('slack.availability.added', { count: added.slots.length });
    await ack({ response_action: 'update', view: availabilityModal(w, list.ok ? list.slots : added.slots, banner) });
  };
}
