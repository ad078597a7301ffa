// The bot scopes an install asks for: the same list as manifests/slack/manifest.json (a test keeps them equal).
export const botScopes = [
  'chat:write',
  'im:history',
  'im:write',
  'channels:history',
  'groups:history',
  'channels:read',
  'groups:read',
  'commands',
  'users:read',
  'users:read.email',
] as const;
