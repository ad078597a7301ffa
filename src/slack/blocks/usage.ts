// The HR usage report: counts only, small groups suppressed by the service.
import type { KnownBlock } from '@slack/types';
import type { UsageReport, UsageRow } from '../../services/types.js';
import { escapeMrkdwn } from '../text.js';
import { context, divider, header, limitBlocks, MAX_MESSAGE_BLOCKS, section } from './common.js';
import type { Words } from '../../i18n/words.js';
import { suppressionText, usageFacts, departmentName } from '../../domain/usage.js';
import { commands } from '../ids.js';

const MAX_SECTION_FIELDS = 10;

/** How to write the command, with an example, in the HR admin's words. */
export const usageHint = (w: Words): string => w.t('slack.usage.hint', { command: commands.usage });

/** The report's title, also its notification text. */
export const usageTitle = (w: Words, month: string): string => w.t('slack.usage.title', { month: w.month(month) });

function rowBlock(w: Words, row: UsageRow, minGroupSize: number): KnownBlock {
  const title = `*${escapeMrkdwn(departmentName(row.department, w))}*`;
  if (row.suppressed) return section(`${title}\n${suppressionText(row.suppressedBecause ?? 'small_group', minGroupSize, w)}`);
  // Section fields: at most 10; a figure past the tenth goes under the title, so Slack shows what Teams does.
  const facts = usageFacts(row, w);
  const beyond = facts.slice(MAX_SECTION_FIELDS).map((f) => `${f.title}: ${f.value}`);
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: [title, ...beyond].join('\n') },
    fields: facts.slice(0, MAX_SECTION_FIELDS).map((f) => ({ type: 'mrkdwn' as const, text: `*${f.title}*\n${f.value}` })),
  };
}

/** The report in the words of the HR admin who asked for it. */
export function usageBlocks(w: Words, report: UsageReport): KnownBlock[] {
  return limitBlocks(
    [
      header(usageTitle(w, report.month)),
      context(w.t('slack.usage.countsOnly', { min: report.minGroupSize })),
      divider(),
      ...(report.rows.length === 0 ? [section(w.t('slack.usage.none'))] : report.rows.map((r) => rowBlock(w, r, report.minGroupSize))),
    ],
    MAX_MESSAGE_BLOCKS,
    (hidden) => w.t('slack.usage.moreDepartments', { count: hidden, command: commands.usage, month: report.month }),
  );
}
