// The therapist's Offer times form: up to three of their open slots, or custom times in their zone, and how long
// the times are held for the client. The client it is for travels in private_metadata.
import type { KnownBlock, ModalView } from '@slack/types';
import { OFFER_EXPIRY_HOURS, OFFER_TIMES } from '../../domain/offers.js';
import { formatSpan } from '../../domain/time.js';
import type { SlotView } from '../../services/types.js';
import { blocks, views } from '../ids.js';
import { context, option, plain, section } from './common.js';
import { dateTimeInputs } from './pickers.js';

export interface OfferMetadata {
  employeeId: string;
}

/** A select holds at most 100 options: the soonest open slots are offered. */
const MAX_SLOT_OPTIONS = 100;
const EXPIRY_CHOICES = [12, 24, 48, 72, 168] as const;

function expiryLabel(hours: number): string {
  return hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? '' : 's'}` : `${hours} hours`;
}

export function offerModal(slots: SlotView[], zone: string, metadata: OfferMetadata): ModalView {
  const open = slots.filter((s) => !s.held).slice(0, MAX_SLOT_OPTIONS);
  const slotBlocks: KnownBlock[] =
    open.length === 0
      ? [context('You have no open slots coming up: offer custom times below.')]
      : [
          {
            type: 'input',
            block_id: blocks.offerSlots,
            optional: true,
            label: plain(`Open slots (up to ${OFFER_TIMES.max})`),
            element: {
              type: 'multi_static_select',
              action_id: blocks.offerSlots,
              max_selected_items: OFFER_TIMES.max,
              placeholder: plain('Pick times'),
              options: open.map((s) => option(formatSpan(s.start, s.end, zone), s.id)),
            },
          },
        ];
  const second = dateTimeInputs(zone, { optional: true }).map((b) =>
    'block_id' in b && b.block_id === blocks.date && b.type === 'input'
      ? { ...b, block_id: blocks.date2, element: { ...b.element, action_id: blocks.date2 } }
      : 'block_id' in b && b.block_id === blocks.time && b.type === 'input'
        ? { ...b, block_id: blocks.time2, element: { ...b.element, action_id: blocks.time2 } }
        : b,
  ) as KnownBlock[];
  return {
    type: 'modal',
    callback_id: views.offer,
    title: plain('Offer times'),
    submit: plain('Offer'),
    close: plain('Cancel'),
    private_metadata: JSON.stringify(metadata),
    blocks: [
      section(
        `Offer your client 1 to ${OFFER_TIMES.max} times for their next session. They get one button per time and book with one click; the times are held for them meanwhile.`,
      ),
      ...slotBlocks,
      ...dateTimeInputs(zone, { optional: true, hint: 'Or a custom time (50 minutes):' }),
      ...second,
      {
        type: 'input',
        block_id: blocks.offerHours,
        label: plain('Hold the times for'),
        element: {
          type: 'static_select',
          action_id: blocks.offerHours,
          initial_option: option(expiryLabel(OFFER_EXPIRY_HOURS.default), String(OFFER_EXPIRY_HOURS.default)),
          options: EXPIRY_CHOICES.map((h) => option(expiryLabel(h), String(h))),
        },
      },
      context('Booking uses a session of that month’s allowance. A new offer to this client replaces an open one.'),
    ],
  };
}
