// Input blocks shared by the modals: open slots grouped by day, date + time pickers with the reader's zone as
// hint, and the free-text fields.
import type { ActionsBlock, Button, InputBlock, KnownBlock, PlainTextOption } from '@slack/types';
import { isOutsideCutoff } from '../../domain/policy.js';
import { REASON_MAX_LENGTH } from '../../domain/reason.js';
import { groupByLocalDay } from '../../domain/slots.js';
import { pageByWeek } from '../../domain/weeks.js';
import type { Words } from '../../i18n/words.js';
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

function slotLabel(w: Words, slot: SlotView, cutoff?: CutoffHint): string {
  const times = w.times(slot);
  const inside = cutoff && !isOutsideCutoff(slot.start, cutoff.now, cutoff.hours);
  return inside ? w.t('slack.picker.slotInsideCutoff', { times, hours: cutoff.hours }) : times;
}

/** The line under a reschedule picker saying what choosing a time inside the window means. */
export function cutoffLine(w: Words, hours: number): string {
  return w.t('slack.picker.cutoffLine', { hours });
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
export function slotPicker(w: Words, slots: SlotView[], opts: SlotPickerOptions): KnownBlock[] {
  const page = pageByWeek(
    slots.filter((s) => !s.held),
    w.zone,
    MAX_OPTIONS,
    opts.week,
  );
  const input = slotInput(w, page.items, opts);
  if (!input) return [];
  if (!page.week) return [input];
  const more = page.items.length - MAX_OPTIONS;
  const buttons: Button[] = [];
  if (page.previous) buttons.push(button(w.t('slack.picker.earlierWeek'), actions.slotWeekEarlier, page.previous));
  if (page.next) buttons.push(button(w.t('slack.picker.laterWeek'), actions.slotWeekLater, page.next));
  const nav: ActionsBlock = { type: 'actions', block_id: 'slot_weeks', elements: buttons };
  return [
    context(
      more > 0
        ? w.t('slack.picker.weekPartly', { day: w.day(page.week), shown: MAX_OPTIONS, more })
        : w.t('slack.picker.week', { day: w.day(page.week) }),
    ),
    input,
    ...(buttons.length > 0 ? [nav] : []),
  ];
}

function slotInput(w: Words, slots: SlotView[], opts: SlotPickerOptions): InputBlock | null {
  const open = slots.slice(0, MAX_OPTIONS);
  if (open.length === 0) return null;
  const groups = groupByLocalDay(open, w.zone).map((group) => ({
    label: plain(w.day(group.day)),
    options: group.items.map((slot): PlainTextOption => option(slotLabel(w, slot, opts.cutoff), slot.id)),
  }));
  return {
    type: 'input',
    block_id: blocks.slot,
    optional: opts.optional,
    label: plain(opts.label),
    element: {
      type: 'static_select',
      action_id: blocks.slot,
      placeholder: plain(w.t('slack.picker.pickTime')),
      // Always grouped, so the day is shown even when every slot falls on one day.
      option_groups: groups,
    },
  };
}

/** Slack's own date and time pickers; the time is read in the reader's zone. */
export function dateTimeInputs(w: Words, opts: { optional: boolean; hint?: string }): KnownBlock[] {
  return [
    ...(opts.hint ? [context(opts.hint)] : []),
    {
      type: 'input',
      block_id: blocks.date,
      optional: opts.optional,
      label: plain(w.t('slack.picker.date')),
      element: { type: 'datepicker', action_id: blocks.date, placeholder: plain(w.t('slack.picker.pickDate')) },
    },
    {
      type: 'input',
      block_id: blocks.time,
      optional: opts.optional,
      label: plain(w.t('slack.picker.time', { zone: w.zone })),
      element: { type: 'timepicker', action_id: blocks.time, timezone: w.zone, placeholder: plain(w.t('slack.picker.pickTime')) },
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
