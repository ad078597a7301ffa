// What a therapist types to set their hours and link, read the same on Slack and Teams: a table of cases.
import { expect } from 'chai';
import { meetingLinkArgument, parseReplyHoursText, replyHoursSetText } from '../../src/domain/therapist-settings-text.js';
import { british } from '../support/readers.js';

describe('domain/therapist-settings-text', () => {
  const cases: [string, ReturnType<typeof parseReplyHoursText>][] = [
    [
      'Mon-Fri 09:00-17:00 "usually within a day"',
      { usualReply: 'within a day', hours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' } },
    ],
    [
      'mon,wed,fri 9:30–13:00 within one working day',
      { usualReply: 'within one working day', hours: { days: [1, 3, 5], from: '09:30', to: '13:00' } },
    ],
    ['Sat 10:00 - 12:00', { usualReply: null, hours: { days: [6], from: '10:00', to: '12:00' } }],
    ['Tuesday-Thursday 08:00-16:00 “the same day”', { usualReply: 'the same day', hours: { days: [2, 3, 4], from: '08:00', to: '16:00' } }],
    ['Fri-Mon 09:00-17:00', null],
    ['Mon-Fri 9-5', null],
    ['weekdays 09:00-17:00', null],
    ['Mon-Fri', null],
    ['', null],
  ];
  for (const [text, expected] of cases) {
    it(`hours: ${JSON.stringify(text)}`, () => expect(parseReplyHoursText(text)).to.deep.equal(expected));
  }

  it('an end before the start is read, and left to the service to refuse', () => {
    expect(parseReplyHoursText('Mon 17:00-09:00')?.hours).to.deep.equal({ days: [1], from: '17:00', to: '09:00' });
  });

  it('link: remove, off or none clear it; anything else is the link as typed', () => {
    expect(meetingLinkArgument(' remove ')).to.equal(null);
    expect(meetingLinkArgument('OFF')).to.equal(null);
    expect(meetingLinkArgument(' https://meet.example.com/sam ')).to.equal('https://meet.example.com/sam');
  });

  it('the confirmation says the hours in the therapist’s zone and the usual reply', () => {
    const text = replyHoursSetText(
      { usualReply: 'within a day', hours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' } },
      british('Europe/London'),
    );
    expect(text).to.equal(
      'Your usual hours are now Mon–Fri, 09:00–17:00 (Europe/London). Clients who message you are told you usually reply within a day.',
    );
  });
});
