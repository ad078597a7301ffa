// The therapist's availability modal: their slots (with Remove for unbooked ones) and a form to add slots,
// optionally repeating weekly.
import type { KnownBlock, ModalView } from '@slack/types';
import { MAX_WEEKLY_REPEATS } from '../../domain/slots.js';
import { formatSpan } from '../../domain/time.js';
import type { SlotView } from '../../services/types.js';
import { actions, blocks, views } from '../ids.js';
import { button, context, divider, header, option, plain, section } from './common.js';
import { dateTimeInputs } from './pickers.js';

export const DURATION_CHOICES = [30, 45, 50, 60, 90, 120] as const;
export const DEFAULT_DURATION = 50;
const MAX_SLOTS_SHOWN = 50;

function slotRow(slot: SlotView, zone: string): KnownBlock {
  const line = `${formatSpan(slot.start, slot.end, zone)}${slot.held ? '  ·  _booked_' : ''}`;
  return slot.held
    ? section(line, `slot:${slot.id}`)
    : { ...section(line, `slot:${slot.id}`), accessory: button('Remove', actions.availabilityRemove, slot.id, 'danger') };
}

export function availabilityModal(slots: SlotView[], zone: string, banner?: string): ModalView {
  const upcoming = [...slots].sort((a, b) => a.start.getTime() - b.start.getTime());
  const list: KnownBlock[] =
    upcoming.length === 0 ? [section('You have no upcoming slots.')] : upcoming.slice(0, MAX_SLOTS_SHOWN).map((s) => slotRow(s, zone));
  if (upcoming.length > MAX_SLOTS_SHOWN) list.push(context(`And ${upcoming.length - MAX_SLOTS_SHOWN} more later.`));
  const durationOptions = DURATION_CHOICES.map((m) => option(`${m} minutes`, String(m)));
  return {
    type: 'modal',
    callback_id: views.availability,
    title: plain('Your availability'),
    submit: plain('Add slots'),
    close: plain('Done'),
    private_metadata: '{}',
    blocks: [
      ...(banner ? [section(banner), divider()] : []),
      header('Upcoming slots'),
      ...list,
      divider(),
      header('Add a slot'),
      ...dateTimeInputs(zone, { optional: false }),
      {
        type: 'input',
        block_id: blocks.duration,
        label: plain('Length'),
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
        label: plain('Repeat weekly for how many weeks'),
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
