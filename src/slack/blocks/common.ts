// Small Block Kit constructors shared by every surface, so each builder reads as the layout it produces.
import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  KnownBlock,
  ModalView,
  PlainTextElement,
  PlainTextOption,
  SectionBlock,
} from '@slack/types';
import { chunks, escapeMrkdwn, truncate } from '../text.js';
import { infoViewCallbackId } from '../ids.js';
import type { Words } from '../../i18n/words.js';

export const plain = (text: string): PlainTextElement => ({ type: 'plain_text', text: truncate(text, 3000), emoji: true });

export const header = (text: string): HeaderBlock => ({ type: 'header', text: plain(truncate(text, 150)) });

export const section = (mrkdwn: string, blockId?: string): SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncate(mrkdwn, 3000) },
  ...(blockId ? { block_id: blockId } : {}),
});

export const context = (mrkdwn: string): ContextBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, 3000) }],
});

export const divider = (): DividerBlock => ({ type: 'divider' });

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return { type: 'button', text: plain(truncate(text, 75)), action_id: actionId, value, ...(style ? { style } : {}) };
}

export const actionsBlock = (elements: Button[], blockId?: string): ActionsBlock => ({
  type: 'actions',
  elements,
  ...(blockId ? { block_id: blockId } : {}),
});

export const option = (text: string, value: string): PlainTextOption => ({ text: plain(truncate(text, 75)), value });

/** Text a person wrote (relayed message, reason, note), escaped and quoted, split to fit section limits. */
export function quoteBlocks(text: string): SectionBlock[] {
  const split = (size: number): string[] => chunks(text, size).map((part) => escapeMrkdwn(part));
  let parts = split(2800);
  for (let size = 1400; parts.some((p) => p.length > 2990) && size >= 100; size = Math.floor(size / 2)) parts = split(size);
  return parts.map((part) =>
    section(
      part
        .split('\n')
        .map((line) => `>${line}`)
        .join('\n'),
    ),
  );
}

/** A modal without a submit button: a loading state, a refusal, or a confirmation. */
export function infoModal(w: Words, title: string, lines: string[], privateMetadata = ''): ModalView {
  return {
    type: 'modal',
    callback_id: infoViewCallbackId,
    title: plain(truncate(title, 24)),
    close: plain(w.t('slack.modal.close')),
    private_metadata: privateMetadata,
    blocks: lines.length > 0 ? lines.map((line) => section(line)) : [section(' ')],
  };
}

export const loadingModal = (w: Words, title: string): ModalView => infoModal(w, title, [w.t('slack.modal.loading')]);

/** Slack's block limits: a message holds 50 blocks, a modal or the Home tab 100. */
export const MAX_MESSAGE_BLOCKS = 50;
export const MAX_VIEW_BLOCKS = 100;

/**
 * Cuts a list to `max` blocks, the last saying how much was left out (`more` words it for the number of blocks
 * cut), so a long list never makes Slack refuse the whole message.
 */
export function limitBlocks(blocks: KnownBlock[], max: number, more: (hidden: number) => string): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, context(`_${more(blocks.length - kept.length)}_`)];
}
