// /wellbeing-usage [YYYY-MM] [department]: the HR report, ephemeral; malformed arguments get the usage hint.
import { z } from 'zod';
import { refusalText } from '../../../domain/refusals.js';
import { isMonthKey, monthNumberOf } from '../../../domain/time.js';
import { wordsFor } from '../../../i18n/words.js';
import { usageBlocks, usageHint, usageTitle } from '../../blocks/usage.js';
import { actingWords } from '../../words.js';
import { slackIdentity } from '../../context.js';
import type { SlackDeps } from '../../context.js';
import { whoIs } from '../../context.js';
import type { CommandArgs } from './types.js';

const department = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[\p{L}\p{N} &/.,'’()-]+$/u);

/**
 * `2026-03 Sales and Marketing`, `december`, `Dec 2026 Sales` -> month + department: a first word that starts with
 * a digit or names a month is the month (a month's name may be followed by its year).
 */
export function parseUsageArgs(text: string): { ok: true; month?: string; department?: string } | { ok: false } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const [first = '', second = ''] = words;
  if (!first) return { ok: true };
  const named = monthNumberOf(first) !== null;
  if (/^\d/.test(first) && !isMonthKey(first)) return { ok: false };
  const monthWords = isMonthKey(first) ? 1 : named ? (/^\d{4}$/.test(second) ? 2 : 1) : 0;
  const month = monthWords > 0 ? words.slice(0, monthWords).join(' ') : undefined;
  const dept = words.slice(monthWords).join(' ');
  if (!dept) return { ok: true, month };
  const parsed = department.safeParse(dept);
  if (!parsed.success) return { ok: false };
  return { ok: true, ...(month ? { month } : {}), department: parsed.data };
}

export function usageCommandCallback(deps: SlackDeps) {
  return async ({ ack, command, respond }: CommandArgs): Promise<void> => {
    await ack();
    deps.background('usage', async () => {
      const args = parseUsageArgs(command.text ?? '');
      if (!args.ok) {
        // Not read yet unless the gate did: the person's words when known.
        const early = actingWords(slackIdentity(command.team_id, command.user_id));
        await respond({
          response_type: 'ephemeral',
          text: `${refusalText({ code: 'invalid_month' }, 'employee', actingWords(slackIdentity(command.team_id, command.user_id)))}\n${usageHint(early)}`,
        });
        return;
      }
      const actor = await whoIs(deps, command.team_id, command.user_id);
      if (!actor) {
        await respond({
          response_type: 'ephemeral',
          text: refusalText({ code: 'not_registered' }, 'employee', actingWords(slackIdentity(command.team_id, command.user_id))),
        });
        return;
      }
      const w = wordsFor(actor);
      const result = await deps.services.usage.report(actor, { month: args.month, department: args.department });
      if (!result.ok) {
        await respond({
          response_type: 'ephemeral',
          text:
            result.code === 'invalid_month'
              ? `${refusalText(result, 'employee', actingWords(slackIdentity(command.team_id, command.user_id)))}\n${usageHint(w)}`
              : refusalText(result, 'employee', actingWords(slackIdentity(command.team_id, command.user_id))),
        });
        return;
      }
      await respond({
        response_type: 'ephemeral',
        text: usageTitle(w, result.report.month),
        blocks: usageBlocks(w, result.report),
      });
    });
  };
}
