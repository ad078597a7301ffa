// Telling the person behind a button or command something outside the HTTP answer: through the request's
// response_url when it has one (no token needed, so it works even when authorization could not run), else
// privately in the channel they acted in, else in a DM.
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../log.js';
import { tellEphemeral } from '../context.js';

export interface Addressee {
  responseUrl?: string;
  user?: string;
  channel?: string;
  threadTs?: string;
}

const RESPONSE_URL_TIMEOUT_MS = 3_000;

async function viaResponseUrl(url: string, text: string): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
      signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
    });
    return res.ok;
  } catch {
    return false;
  }
}

export async function tellPerson(to: Addressee, text: string, client: WebClient | undefined, log: Logger): Promise<void> {
  if (to.responseUrl && (await viaResponseUrl(to.responseUrl, text))) return;
  if (!client || !to.user) {
    log.warn({ hasResponseUrl: Boolean(to.responseUrl) }, 'could not tell the person: no response_url and no client');
    return;
  }
  if (to.channel) {
    await tellEphemeral(client, log, { channel: to.channel, user: to.user, threadTs: to.threadTs }, text);
    return;
  }
  await client.chat.postMessage({ channel: to.user, text }).catch(() => log.warn('could not tell the person in a DM'));
}
