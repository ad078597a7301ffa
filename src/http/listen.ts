// Listening on the one HTTP port. `http.listen` reports a taken port as an 'error' event, not through its callback:
// waiting on the callback alone leaves start-up with a server that never listened. This turns the usual causes
// into one sentence an operator can act on.
import type { Server } from 'node:http';
import type { Express } from 'express';

export class ListenError extends Error {}

function sentenceFor(err: NodeJS.ErrnoException, port: number, host: string | undefined): string {
  const where = host ? `${host}:${port}` : `port ${port}`;
  if (err.code === 'EADDRINUSE') {
    return `Port ${port} is already in use (${where}): stop what listens there, or set PORT to a free port.`;
  }
  if (err.code === 'EACCES') return `Port ${port} needs privileges this process lacks (${where}): set PORT to 1024 or above.`;
  if (err.code === 'EADDRNOTAVAIL') return `HOST ${host ?? ''} is not an address of this machine: unset HOST or set it to one.`;
  return `Could not listen on ${where} (${err.code ?? err.message}): check PORT and HOST.`;
}

export function listenOn(http: Express, port: number, host?: string): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const server = host ? http.listen(port, host) : http.listen(port);
    const failed = (err: NodeJS.ErrnoException) => reject(new ListenError(sentenceFor(err, port, host)));
    server.once('error', failed);
    server.once('listening', () => {
      server.off('error', failed);
      resolve(server);
    });
  });
}
