// "Earlier week" / "Later week" in a paged slot picker (each with its own action id, and the id they once shared):
// redraws the same modal (book, reschedule, propose or move) on the chosen week, the button's value. What the modal is
// about comes back from its private_metadata, parsed like on submission.
import type { ModalView } from '@slack/types';
import { z } from 'zod';
import { isWeekKey } from '../../../domain/weeks.js';
import type { Actor } from '../../../services/types.js';
import type { SlackDeps } from '../../context.js';
import { teamOf, updateModal, whoIs } from '../../context.js';
import { parseMetadata, requestMetadataSchema, sessionMetadataSchema } from '../../forms.js';
import { views } from '../../ids.js';
import { bookContent, moveContent, proposeContent, rescheduleContent } from '../../modal-content.js';
import type { ButtonArgs } from './types.js';

const weekSchema = z.string().refine(isWeekKey);

function modalOnWeek(
  deps: SlackDeps,
  actor: Actor,
  view: { callback_id: string; private_metadata: string },
  week: string,
): Promise<ModalView> | null {
  switch (view.callback_id) {
    case views.book:
      return bookContent(deps, actor, week);
    case views.reschedule: {
      const meta = parseMetadata(sessionMetadataSchema, view.private_metadata);
      return meta ? rescheduleContent(deps, actor, meta.sessionId, week) : null;
    }
    case views.move: {
      const meta = parseMetadata(sessionMetadataSchema, view.private_metadata);
      return meta ? moveContent(deps, actor, meta.sessionId, week) : null;
    }
    case views.propose: {
      const meta = parseMetadata(requestMetadataSchema, view.private_metadata);
      return meta ? proposeContent(deps, actor, meta, week) : null;
    }
    default:
      return null;
  }
}

export function slotWeekCallback(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    deps.background('slot-week', async () => {
      const week = weekSchema.safeParse(action.value);
      const view = body.view;
      if (!week.success || !view) return;
      const actor = await whoIs(deps, teamOf(body), body.user.id);
      const next = actor ? modalOnWeek(deps, actor, view, week.data) : null;
      if (next) await updateModal(client, deps.log, view.id, await next);
    });
  };
}
