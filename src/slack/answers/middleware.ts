// The two global middleware of a held answer (held-answer.ts): the first, ahead of everything, gives it the
// request's client (so it can tell the person or update a view); the second, after the tenancy gate, keeps
// listeners from running for a request already answered "nothing was changed".
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { currentAnswer } from './held-answer.js';

export const attachClient: Middleware<AnyMiddlewareArgs> = async ({ client, next }) => {
  currentAnswer()?.attach(client);
  await next();
};

export const stillWanted: Middleware<AnyMiddlewareArgs> = async ({ next }) => {
  const answer = currentAnswer();
  if (answer && !answer.enter()) return;
  await next();
};
