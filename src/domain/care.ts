// Care between sessions (docs/design.md §9): the relay is not a crisis service. When a conversation opens, and when an
// employee writes outside their therapist's usual hours, they are told when the therapist usually replies and
// where to turn meanwhile (the organisation's support line). Pure rules and words; no I/O.
import { DateTime } from 'luxon';

/** A therapist's usual hours, in their own zone: ISO weekdays (1 = Monday) and a local time span. */
export interface ReplyHours {
  days: number[];
  from: string; // HH:mm
  to: string; // HH:mm
}

export interface CareNote {
  therapistName: string;
  therapistZone: string;
  usualReply: string | null;
  hours: ReplyHours | null;
  supportLine: string | null;
  outsideHours: boolean;
  /** While the therapist is away: the day they are back, as people read it ("Mon 18 Jan 2027"). */
  awayUntil?: string | null;
}

export function isWithinHours(now: Date, hours: ReplyHours, zone: string): boolean {
  const local = DateTime.fromJSDate(now, { zone });
  const hhmm = local.toFormat('HH:mm');
  return hours.days.includes(local.weekday) && hhmm >= hours.from && hhmm < hours.to;
}

const dayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function hoursLine(hours: ReplyHours, zone: string): string {
  const days = [...hours.days].sort((a, b) => a - b);
  const consecutive = days.every((d, i) => i === 0 || d === (days[i - 1] as number) + 1);
  const dayText =
    consecutive && days.length > 2
      ? `${dayNames[(days[0] as number) - 1]}–${dayNames[(days.at(-1) as number) - 1]}`
      : days.map((d) => dayNames[d - 1]).join(', ');
  return `${dayText}, ${hours.from}–${hours.to} (${zone})`;
}

export const NOT_A_CRISIS_SERVICE = 'This chat is not a crisis service.';

export function careNoteText(note: CareNote): { title: string; lines: string[] } {
  const t = note.therapistName;
  return {
    title: note.awayUntil
      ? `${t} is away until ${note.awayUntil}`
      : note.outsideHours
        ? `${t} is outside their usual hours`
        : `Messaging ${t}`,
    lines: [
      note.awayUntil
        ? `Your message has been passed on; ${t} is away and will see it when they are back on ${note.awayUntil}.`
        : note.outsideHours
          ? `Your message has been passed on; ${t} will see it when they are next working.`
          : `Your messages go privately to ${t}.`,
      ...(note.usualReply ? [`${t} usually replies ${note.usualReply}.`] : []),
      ...(note.hours ? [`Usual hours: ${hoursLine(note.hours, note.therapistZone)}.`] : []),
      note.supportLine
        ? `${NOT_A_CRISIS_SERVICE} If you need help now, contact ${note.supportLine}, or your local emergency number.`
        : `${NOT_A_CRISIS_SERVICE} If you need help now, call your local emergency number.`,
    ],
  };
}
