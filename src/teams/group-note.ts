// What the bot says when it is added to a group chat. Everyone there reads it, so it names nobody and says nothing
// about anyone's use of the service (the personal welcome, "Hello <name> … your therapist", would tell the group
// that the person who added it sees a therapist).
export const GROUP_CHAT_NOTE =
  "Hello. I'm the wellbeing assistant. I don't work in group chats and nothing here is shared with me: " +
  'anyone who wants to use me can open a 1:1 chat with me.';
