// Input blocks shared by the modals: open slots grouped by day, date + time pickers with the reader's zone as
// hint, and the free-text fields.
import type { ActionsBlock, Button, InputBlock, KnownBlock, PlainTextOption } from '@slack/types';
import { isOutsideCutoff } from '../../domain/policy.js';
import { REASON_MAX_LENGTH } from '../../domain/reason.js';
import { groupByLocalDay } from '../../domain/slots.js';
import { formatDay } from '../../domain/time.js';
import { pageByWeek, weekLabel } from '../../domain/weeks.js';
import { DateTime } from 'luxon';
import type { SlotView } from '../../services/types.js';
import { actions, blocks } from '../ids.js';
import { button, context, option, plain } from './common.js';

/** Slack's limit for a select's options, all groups together. */
const MAX_OPTIONS = 100;

/** The reschedule window, so a target time inside it is labelled: once moved there it can never be moved again. */
export interface CutoffHint {
  now: Date;
  hours: number;
}

function slotLabel(slot: SlotView, zone: string, cutoff?: CutoffHint): string {
  const start = DateTime.fromJSDate(slot.start, { zone });
  const end = DateTime.fromJSDate(slot.end, { zone });
  const inside = cutoff && !isOutsideCutoff(slot.start, cutoff.now, cutoff.hours);
  return `${start.toFormat('HH:mm')}–${end.toFormat('HH:mm ZZZZ')}${inside ? ` (within ${cutoff.hours} h: can't be moved again)` : ''}`;
}

/** The line under a reschedule picker saying what choosing a time inside the window means. */
export function cutoffLine(hours: number): string {
  return `A time within the next ${hours} hours can't be rescheduled again once confirmed, only cancelled.`;
}

export interface SlotPickerOptions {
  optional: boolean;
  label: string;
  /** The week shown when the slots are paged (more than a select holds). */
  week?: string | null;
  cutoff?: CutoffHint;
}

/**
 * The open slots as a select grouped by local day, paged by week with Earlier / Later buttons when there are more
 * than a select holds; nothing when there are none (Slack rejects empty selects).
 */
export function slotPicker(slots: SlotView[], zone: string, opts: SlotPickerOptions): KnownBlock[] {
  const page = pageByWeek(
    slots.filter((s) => !s.held),
    zone,
    MAX_OPTIONS,
    opts.week,
  );
  const input = slotInput(page.items, zone, opts);
  if (!input) return [];
  if (!page.week) return [input];
  const more = page.items.length - MAX_OPTIONS;
  const buttons: Button[] = [];
  if (page.previous) buttons.push(button('← Earlier week', actions.slotWeekEarlier, page.previous));
  if (page.next) buttons.push(button('Later week →', actions.slotWeekLater, page.next));
  const nav: ActionsBlock = { type: 'actions', block_id: 'slot_weeks', elements: buttons };
  return [
    context(
      `${weekLabel(page.week, zone)}${more > 0 ? `: the first ${MAX_OPTIONS} times, and ${more} more this week (propose one of those below)` : ''}.`,
    ),
    input,
    ...(buttons.length > 0 ? [nav] : []),
  ];
}

function slotInput(slots: SlotView[], zone: string, opts: SlotPickerOptions): InputBlock | null {
  const open = slots.slice(0, MAX_OPTIONS);
  if (open.length === 0) return null;
  const groups = groupByLocalDay(open, zone).map((group) => ({
    label: plain(formatDay(group.day, zone)),
    options: group.items.map((slot): PlainTextOption => option(slotLabel(slot, zone, opts.cutoff), slot.id)),
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
