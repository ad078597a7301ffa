// Input blocks shared by the modals: open slots grouped by day, date + time pickers with the reader's zone as
// hint, and the free-text fields.
import type { InputBlock, KnownBlock, PlainTextOption } from '@slack/types';
import { REASON_MAX_LENGTH } from '../../domain/reason.js';
import { groupByLocalDay } from '../../domain/slots.js';
import { formatDay } from '../../domain/time.js';
import { DateTime } from 'luxon';
import type { SlotView } from '../../services/types.js';
import { blocks } from '../ids.js';
import { context, option, plain } from './common.js';

const MAX_OPTIONS = 100;

function slotLabel(slot: SlotView, zone: string): string {
  const start = DateTime.fromJSDate(slot.start, { zone });
  const end = DateTime.fromJSDate(slot.end, { zone });
  return `${start.toFormat('HH:mm')}–${end.toFormat('HH:mm ZZZZ')}`;
}

/** A select of open slots grouped by local day, or nothing when there are none (Slack rejects empty selects). */
export function slotInput(slots: SlotView[], zone: string, opts: { optional: boolean; label: string }): InputBlock | null {
  const open = slots.filter((s) => !s.held).slice(0, MAX_OPTIONS);
  if (open.length === 0) return null;
  const groups = groupByLocalDay(open, zone).map((group) => ({
    label: plain(formatDay(group.day, zone)),
    options: group.items.map((slot): PlainTextOption => option(slotLabel(slot, zone), slot.id)),
  }));
  return {
    type: 'input',
    block_id: blocks.slot,
    optional: opts.optional,
    label: plain(opts.label),
    element: {
      type: 'static_select',
      action_id: blocks.slot,
      placeholder: plain('Pick a time'),
      // Always grouped, so the day is shown even when every slot falls on one day.
      option_groups: groups,
    },
  };
}

export function dateTimeInputs(zone: string, opts: { optional: boolean; hint?: string }): KnownBlock[] {
  return [
    ...(opts.hint ? [context(opts.hint)] : []),
    {
      type: 'input',
      block_id: blocks.date,
      optional: opts.optional,
      label: plain('Date'),
      element: { type: 'datepicker', action_id: blocks.date, placeholder: plain('Pick a date') },
    },
    {
      type: 'input',
      block_id: blocks.time,
      optional: opts.optional,
      label: plain(`Time (${zone})`),
      element: { type: 'timepicker', action_id: blocks.time, timezone: zone, placeholder: plain('Pick a time') },
    },
  ];
}

export function textInput(
  blockId: string,
  label: string,
  opts: { optional?: boolean; multiline?: boolean; maxLength?: number; placeholder?: string } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: opts.optional ?? false,
    label: plain(label),
    element: {
      type: 'plain_text_input',
      action_id: blockId,
      multiline: opts.multiline ?? true,
      max_length: opts.maxLength ?? REASON_MAX_LENGTH,
      ...(opts.placeholder ? { placeholder: plain(opts.placeholder) } : {}),
    },
  };
}
