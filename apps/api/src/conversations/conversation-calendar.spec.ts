import ICAL from 'ical.js';

import { escapeText, foldLine, renderConversationEvent } from './conversation-calendar';
import type { ConversationEntity } from './conversation.entity';

const conversation = (overrides: Partial<ConversationEntity> = {}): ConversationEntity =>
  Object.assign(
    {
      id: '2f0c8a57-3c1e-4d8a-9b43-0d2f6b0b8e11',
      status: 'scheduled',
      topic: 'lateral_move',
      agenda: 'Moving to product management',
      scheduledAt: new Date('2026-12-02T16:00:00Z'),
      calendarSequence: 2,
      createdAt: new Date('2026-11-09T11:00:00.123Z'),
      updatedAt: new Date('2026-11-10T08:30:00Z'),
      report: { name: 'Sam Okafor', email: 'sam@acme.test' },
      manager: { name: 'Morgan Blake', email: 'morgan@acme.test' },
    },
    overrides,
  ) as ConversationEntity;

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('escapeText', () => {
  it('should escape backslashes, semicolons, commas and newlines (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('should leave a line of 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('should fold longer lines into lines of at most 75 octets, each continuation starting with a space', () => {
    const folded = foldLine(`SUMMARY:${'y'.repeat(200)}`).split('\r\n');
    expect(folded.length).toBe(3);
    expect(folded.every((line) => octets(line) <= 75)).toBe(true);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(
      `SUMMARY:${'y'.repeat(200)}`,
    );
  });

  it('should never split a multi-octet character', () => {
    const text = `SUMMARY:${'é€😀'.repeat(30)}`;
    const folded = foldLine(text).split('\r\n');
    expect(folded.every((line) => octets(line) <= 75)).toBe(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(text);
  });
});

describe('renderConversationEvent', () => {
  it('should write a VCALENDAR with one VEVENT that ical.js reads back', () => {
    const text = renderConversationEvent(conversation());
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.uid).toBe('conversation-2f0c8a57-3c1e-4d8a-9b43-0d2f6b0b8e11@trellis');
    expect(event.sequence).toBe(2);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-02T16:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-02T16:45:00.000Z');
    expect(event.summary).toBe('Career conversation: Sam Okafor and Morgan Blake');
    expect(event.organizer).toBe('mailto:morgan@acme.test');
    expect(event.attendees.map((attendee) => attendee.getFirstValue())).toEqual([
      'mailto:sam@acme.test',
      'mailto:morgan@acme.test',
    ]);
  });

  it('should use CRLF line endings and no line over 75 octets', () => {
    const text = renderConversationEvent(
      conversation({
        report: {
          name: 'Anna-Maria Müller-Lüdenscheidt de la Fuente, Jr.',
          email: 'anna@acme.test',
        } as never,
      }),
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.summary).toBe(
      'Career conversation: Anna-Maria Müller-Lüdenscheidt de la Fuente, Jr. and Morgan Blake',
    );
  });

  it('should keep the topic and the agenda out of the calendar', () => {
    const text = renderConversationEvent(conversation());
    expect(text).not.toMatch(/lateral|product management/i);
    expect(text).toContain('CLASS:PRIVATE');
  });

  it('should keep quotes and line breaks out of parameter values', () => {
    const text = renderConversationEvent(
      conversation({
        manager: { name: 'Morgan "M" Blake\r\nX-INJECTED:1', email: 'morgan@acme.test' } as never,
      }),
    );
    expect(text).not.toMatch(/^X-INJECTED/m);
    expect(text).toContain('ORGANIZER;CN="Morgan M BlakeX-INJECTED:1":mailto:morgan@acme.test');
  });

  it('should refuse a conversation that is not scheduled', () => {
    expect(() => renderConversationEvent(conversation({ scheduledAt: null }))).toThrow(/scheduled/);
  });
});
