// The HR usage report: counts only, small groups suppressed by the service.
import type { KnownBlock } from '@slack/types';
import type { UsageReport, UsageRow } from '../../services/types.js';
import { escapeMrkdwn } from '../text.js';
import { context, divider, header, limitBlocks, section } from './common.js';
import { monthName } from './overview.js';
import { commands } from '../ids.js';

export const usageHint = `Usage: \`${commands.usage} [YYYY-MM] [department]\`, for example \`${commands.usage} 2026-03 Engineering\`.`;

const count = (n: number | null) => (n === null ? '–' : String(n));

function rowBlock(row: UsageRow, minGroupSize: number): KnownBlock {
  const title = `*${escapeMrkdwn(row.department)}*`;
  if (row.suppressed) return section(`${title}\nFewer than ${minGroupSize} people: hidden to protect privacy.`);
  const utilisation = row.allowanceUtilisation === null ? '–' : `${Math.round(row.allowanceUtilisation * 100)}%`;
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: title },
    fields: [
      { type: 'mrkdwn', text: `*Employees*\n${count(row.employees)}` },
      { type: 'mrkdwn', text: `*Sessions booked*\n${count(row.booked)}` },
      { type: 'mrkdwn', text: `*Completed*\n${count(row.completed)}` },
      { type: 'mrkdwn', text: `*Cancelled*\n${count(row.cancelled)} (late: ${count(row.lateCancelled)})` },
      { type: 'mrkdwn', text: `*No-shows*\n${count(row.noShows ?? null)}` },
      { type: 'mrkdwn', text: `*Rescheduled*\n${count(row.rescheduled)}` },
      { type: 'mrkdwn', text: `*Allowance used*\n${utilisation}` },
    ],
  };
}

export function usageBlocks(report: UsageReport): KnownBlock[] {
  return limitBlocks(
    [
      header(`Programme usage, ${monthName(report.month)}`),
      context(`Counts only. Groups smaller than ${report.minGroupSize} people are hidden.`),
      divider(),
      ...(report.rows.length === 0 ? [section('No usage recorded for this month.')] : report.rows.map((r) => rowBlock(r, report.minGroupSize))),
    ],
    50,
  );
}
