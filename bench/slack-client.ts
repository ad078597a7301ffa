// The paced Slack client of the mixed-traffic bench, on a thread of its own (worker_threads): Slack's requests come
// from outside the process, so signing and sending them must not take the event loop the app answers on. The main
// thread builds each request about a second before it is due and posts it here; this thread sends it when due, on a
// keep-alive pool of 64 sockets, and posts back its status and the time from sending to the answer.
import { Agent, request as httpRequest } from 'node:http';
import { parentPort } from 'node:worker_threads';
import { slackSignature, TEST_SIGNING_SECRET } from '../test/support/slack-requests.js';

export interface ClientRequest {
  i: number;
  url: string;
  rawBody: string;
  contentType: string;
  /** Milliseconds from the run's start (performance.timeOrigin-independent: the run's own clock). */
  dueMs: number;
}
export interface ClientAnswer {
  i: number;
  status: number;
  ms: number;
}
export type ClientMessage = { start: true } | { request: ClientRequest };

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
let startedAt = 0;

function send(req: ClientRequest): void {
  const ts = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': req.contentType,
    'content-length': Buffer.byteLength(req.rawBody),
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': slackSignature(TEST_SIGNING_SECRET, ts, req.rawBody),
  };
  const sent = performance.now();
  const answer = (status: number) => parentPort?.postMessage({ i: req.i, status, ms: performance.now() - sent } satisfies ClientAnswer);
  const r = httpRequest(`${req.url}/slack/events`, { method: 'POST', headers, agent }, (res) => {
    res.resume();
    res.on('end', () => answer(res.statusCode ?? 0));
  });
  r.on('error', () => answer(0));
  r.end(req.rawBody);
}

parentPort?.on('message', (message: ClientMessage) => {
  if ('start' in message) {
    startedAt = performance.now();
    return;
  }
  const wait = startedAt + message.request.dueMs - performance.now();
  if (wait > 0) setTimeout(() => send(message.request), wait);
  else send(message.request);
});
