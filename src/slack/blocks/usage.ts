// The HR usage report: counts only, small groups suppressed by the service.
import type { KnownBlock } from '@slack/types';
import type { UsageReport, UsageRow } from '../../services/types.js';
import { escapeMrkdwn } from '../text.js';
import { context, divider, header, limitBlocks, MAX_MESSAGE_BLOCKS, section } from './common.js';
import { monthName } from '../../domain/time.js';
import { suppressionText, usageFacts } from '../../domain/usage.js';
import { commands } from '../ids.js';

const MAX_SECTION_FIELDS = 10;

export const usageHint = `Usage: \`${commands.usage} [YYYY-MM] [department]\`, for example \`${commands.usage} 2026-03 Engineering\`.`;

function rowBlock(row: UsageRow, minGroupSize: number): KnownBlock {
  const title = `*${escapeMrkdwn(row.department)}*`;
  if (row.suppressed) return section(`${title}\n${suppressionText(row.suppressedBecause ?? 'small_group', minGroupSize)}`);
  // Section fields: at most 10; a figure past the tenth goes under the title, so Slack shows what Teams does.
  const facts = usageFacts(row);
  const beyond = facts.slice(MAX_SECTION_FIELDS).map((f) => `${f.title}: ${f.value}`);
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: [title, ...beyond].join('\n') },
    fields: facts.slice(0, MAX_SECTION_FIELDS).map((f) => ({ type: 'mrkdwn' as const, text: `*${f.title}*\n${f.value}` })),
  };
}

export function usageBlocks(report: UsageReport): KnownBlock[] {
  return limitBlocks(
    [
      header(`Programme usage, ${monthName(report.month)}`),
      context(`Counts only. Groups smaller than ${report.minGroupSize} people are hidden.`),
      divider(),
      ...(report.rows.length === 0
        ? [section('No usage recorded for this month.')]
        : report.rows.map((r) => rowBlock(r, report.minGroupSize))),
    ],
    MAX_MESSAGE_BLOCKS,
    (hidden) => `…and ${hidden} more departments not shown here: ask for one by name, e.g. ${commands.usage} ${report.month} <department>.`,
  );
}
