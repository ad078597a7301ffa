// A local SMTP server that keeps what it receives, parsed: what an e-mail client would see of each message.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  /** The text/calendar part, when the message carries an invitation. */
  calendar: { method: string | null; content: string } | null;
}

export interface Mailbox {
  port: number;
  mails: ReceivedMail[];
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

async function parse(raw: string, to: string): Promise<ReceivedMail> {
  const mail = await simpleParser(raw);
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  // The iTIP method is also a parameter of the part's content type, which is what mail clients act on.
  const type = part?.headers.get('content-type');
  const params = type && typeof type === 'object' && 'params' in type ? (type.params as Record<string, string | undefined>) : {};
  const method = params.method ?? null;
  return {
    to,
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    calendar: part ? { method, content: part.content.toString('utf8') } : null,
  };
}

export async function startMailbox(): Promise<Mailbox> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (d: Buffer) => (raw += d.toString()));
      stream.on('end', () => {
        Promise.all(session.envelope.rcptTo.map((r) => parse(raw, r.address)))
          .then((parsed) => {
            mails.push(...parsed);
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    to: (address) => mails.filter((m) => m.to === address),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
