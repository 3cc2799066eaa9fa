import type { ConversationEntity } from './conversation.entity';

// RFC 5545 export of a scheduled conversation. Calendars are shared with
// assistants and colleagues, so the event carries the participants and the time,
// never the topic, the agenda or any note: those stay in Trellis.

/** How long the calendar event blocks; conversations have no end time of their own. */
export const CONVERSATION_EVENT_MINUTES = 45;

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11). */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

// A quoted parameter value (§3.2) cannot hold DQUOTE or control characters.
// eslint-disable-next-line no-control-regex
const paramValue = (text: string): string => `"${text.replace(/["\u0000-\u001f\u007f]/g, '')}"`;

// eslint-disable-next-line no-control-regex
const mailto = (email: string): string => `mailto:${email.replace(/[\s\u0000-\u001f\u007f]/g, '')}`;

/** A UTC DATE-TIME, e.g. 20261202T160000Z. */
const utc = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * Folds a content line at 75 octets (§3.1): continuation lines start with a space,
 * and a multi-octet UTF-8 character is never split.
 */
export const foldLine = (line: string): string => {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
};

/** The conversation as a one-event VCALENDAR; it must be scheduled and have its participants loaded. */
export const renderConversationEvent = (conversation: ConversationEntity): string => {
  const { report, manager, scheduledAt } = conversation;
  if (!report || !manager || !scheduledAt) {
    throw new Error('A calendar event needs a scheduled conversation with its participants loaded');
  }
  const end = new Date(scheduledAt.getTime() + CONVERSATION_EVENT_MINUTES * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Trellis//Career conversations//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    // Stable across reschedules, so calendars replace the event (SEQUENCE says which is newer).
    `UID:conversation-${conversation.id}@trellis`,
    `SEQUENCE:${conversation.calendarSequence}`,
    // Without METHOD, DTSTAMP is when the event was last revised (§3.8.7.2).
    `DTSTAMP:${utc(conversation.updatedAt)}`,
    `CREATED:${utc(conversation.createdAt)}`,
    `LAST-MODIFIED:${utc(conversation.updatedAt)}`,
    `DTSTART:${utc(scheduledAt)}`,
    `DTEND:${utc(end)}`,
    `SUMMARY:${escapeText(`Career conversation: ${report.name} and ${manager.name}`)}`,
    `DESCRIPTION:${escapeText('The agenda and notes are in Trellis, visible only to the two of you.')}`,
    'CLASS:PRIVATE',
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    `ORGANIZER;CN=${paramValue(manager.name)}:${mailto(manager.email)}`,
    `ATTENDEE;CN=${paramValue(report.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:${mailto(report.email)}`,
    `ATTENDEE;CN=${paramValue(manager.name)};ROLE=CHAIR;PARTSTAT=ACCEPTED:${mailto(manager.email)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
};
