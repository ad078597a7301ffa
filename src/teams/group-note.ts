// What the bot says when it is added to a group chat. Everyone there reads it, so it names nobody and says nothing
// about anyone's use of the service (the personal welcome, "Hello <name> … your therapist", would tell the group
// that the person who added it sees a therapist). Worded in the language of the client that added the bot.
import type { Words } from '../i18n/words.js';

export const groupChatNote = (w: Words): string => w.t('teams.reply.groupChat');
