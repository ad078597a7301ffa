// The therapist's Offer times form: up to three of their open slots, or custom times in their zone, and how long
// the times are held for the client. The client it is for travels in private_metadata.
import type { KnownBlock, ModalView } from '@slack/types';
import { OFFER_EXPIRY_HOURS, OFFER_TIMES } from '../../domain/offers.js';
import type { Words } from '../../i18n/words.js';
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

function expiryLabel(w: Words, hours: number): string {
  return hours % 24 === 0 ? w.t('slack.offer.days', { count: hours / 24 }) : w.t('slack.offer.hours', { count: hours });
}

/** The form in the therapist's words, times in their zone. */
export function offerModal(w: Words, slots: SlotView[], metadata: OfferMetadata): ModalView {
  const open = slots.filter((s) => !s.held).slice(0, MAX_SLOT_OPTIONS);
  const slotBlocks: KnownBlock[] =
    open.length === 0
      ? [context(w.t('slack.offer.noSlots'))]
      : [
          {
            type: 'input',
            block_id: blocks.offerSlots,
            optional: true,
            label: plain(w.t('slack.offer.slotsLabel', { max: OFFER_TIMES.max })),
            element: {
              type: 'multi_static_select',
              action_id: blocks.offerSlots,
              max_selected_items: OFFER_TIMES.max,
              placeholder: plain(w.t('slack.offer.pickTimes')),
              options: open.map((s) => option(w.span(s), s.id)),
            },
          },
        ];
  const second = dateTimeInputs(w, { optional: true }).map((b) =>
    'block_id' in b && b.block_id === blocks.date && b.type === 'input'
      ? { ...b, block_id: blocks.date2, element: { ...b.element, action_id: blocks.date2 } }
      : 'block_id' in b && b.block_id === blocks.time && b.type === 'input'
        ? { ...b, block_id: blocks.time2, element: { ...b.element, action_id: blocks.time2 } }
        : b,
  ) as KnownBlock[];
  return {
    type: 'modal',
    callback_id: views.offer,
    title: plain(w.t('slack.notice.offerTimes')),
    submit: plain(w.t('slack.offer.submit')),
    close: plain(w.t('slack.modal.cancel')),
    private_metadata: JSON.stringify(metadata),
    blocks: [
      section(w.t('slack.offer.intro', { max: OFFER_TIMES.max })),
      ...slotBlocks,
      ...dateTimeInputs(w, { optional: true, hint: w.t('slack.offer.customHint') }),
      ...second,
      {
        type: 'input',
        block_id: blocks.offerHours,
        label: plain(w.t('slack.offer.holdLabel')),
        element: {
          type: 'static_select',
          action_id: blocks.offerHours,
          initial_option: option(expiryLabel(w, OFFER_EXPIRY_HOURS.default), String(OFFER_EXPIRY_HOURS.default)),
          options: EXPIRY_CHOICES.map((h) => option(expiryLabel(w, h), String(h))),
        },
      },
      context(w.t('slack.offer.allowanceNote')),
    ],
  };
}
