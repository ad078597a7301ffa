// The therapist's availability modal: their slots (with Remove for unbooked ones) and a form to add slots,
// optionally repeating weekly.
import type { KnownBlock, ModalView } from '@slack/types';
import { MAX_WEEKLY_REPEATS } from '../../domain/slots.js';
import type { Words } from '../../i18n/words.js';
import type { SlotView } from '../../services/types.js';
import { actions, blocks, views } from '../ids.js';
import { button, context, divider, header, option, plain, section } from './common.js';
import { dateTimeInputs } from './pickers.js';

export const DURATION_CHOICES = [30, 45, 50, 60, 90, 120] as const;
export const DEFAULT_DURATION = 50;
const MAX_SLOTS_SHOWN = 50;

function slotRow(w: Words, slot: SlotView): KnownBlock {
  const line = slot.held ? w.t('slack.availability.bookedSlot', { span: w.span(slot) }) : w.span(slot);
  return slot.held
    ? section(line, `slot:${slot.id}`)
    : {
        ...section(line, `slot:${slot.id}`),
        accessory: button(w.t('slack.availability.remove'), actions.availabilityRemove, slot.id, 'danger'),
      };
}

/** The therapist's availability, in their words; `banner` says what just changed. */
export function availabilityModal(w: Words, slots: SlotView[], banner?: string): ModalView {
  const upcoming = [...slots].sort((a, b) => a.start.getTime() - b.start.getTime());
  const list: KnownBlock[] =
    upcoming.length === 0 ? [section(w.t('slack.availability.none'))] : upcoming.slice(0, MAX_SLOTS_SHOWN).map((s) => slotRow(w, s));
  if (upcoming.length > MAX_SLOTS_SHOWN)
    list.push(context(w.t('slack.availability.moreLater', { count: upcoming.length - MAX_SLOTS_SHOWN })));
  const durationOptions = DURATION_CHOICES.map((m) => option(w.t('slack.availability.minutes', { count: m }), String(m)));
  return {
    type: 'modal',
    callback_id: views.availability,
    title: plain(w.t('slack.availability.title')),
    submit: plain(w.t('slack.availability.submit')),
    close: plain(w.t('slack.availability.close')),
    private_metadata: '{}',
    blocks: [
      ...(banner ? [section(banner), divider()] : []),
      header(w.t('slack.availability.upcoming')),
      ...list,
      divider(),
      header(w.t('slack.availability.addHeading')),
      ...dateTimeInputs(w, { optional: false }),
      {
        type: 'input',
        block_id: blocks.duration,
        label: plain(w.t('slack.availability.length')),
        element: {
          type: 'static_select',
          action_id: blocks.duration,
          options: durationOptions,
          initial_option: durationOptions.find((o) => o.value === String(DEFAULT_DURATION)),
        },
      },
      {
        type: 'input',
        block_id: blocks.weeks,
        label: plain(w.t('slack.availability.repeat')),
        element: {
          type: 'number_input',
          action_id: blocks.weeks,
          is_decimal_allowed: false,
          min_value: '1',
          max_value: String(MAX_WEEKLY_REPEATS),
          initial_value: '1',
        },
      },
    ],
  };
}
