import ICAL from 'ical.js';
import type { Response } from 'supertest';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoConversationId } from '../demo/demo-id';

const SAM_LATERAL_MOVE = demoConversationId('acme', 'sam-lateral-move'); // scheduled for 2026-12-02 16:00 UTC
const PLAN_REVIEW = demoConversationId('acme', 'priya-plan-review'); // held
const PRIYA_ASPIRATION = demoConversationId('acme', 'priya-aspiration'); // requested

const inDays = (days: number): Date => new Date(Math.floor(Date.now() / 60_000) * 60_000 + days * 86_400_000);

const eventOf = (response: Response): ICAL.Event => {
  const calendar = new ICAL.Component(ICAL.parse(response.text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('No VEVENT');
  return new ICAL.Event(vevent);
};

describe('Calendar export (GET /api/conversations/:id/calendar.ics)', () => {
  let t: TestApp;
  const ics = async (email: string, id: string) =>
    t.http.get(`/api/conversations/${id}/calendar.ics`).set('Authorization', await t.bearer(email));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should give both participants an RFC 5545 event that ical.js reads', async () => {
    for (const email of ['sam@acme.test', 'morgan@acme.test']) {
      const response = await ics(email, SAM_LATERAL_MOVE);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="career-conversation.ics"');
      expect(response.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      const event = eventOf(response);
      expect(event.uid).toBe(`conversation-${SAM_LATERAL_MOVE}@trellis`);
      expect(event.sequence).toBe(0);
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-02T16:00:00.000Z');
      expect(event.summary).toBe('Career conversation: Sam Okafor and Morgan Blake');
      expect(event.organizer).toBe('mailto:morgan@acme.test');
      // Calendars are shared with others: no topic, no agenda.
      expect(response.text).not.toMatch(/lateral|Product Management/i);
    }
  });

  it('should keep the UID and raise SEQUENCE on every reschedule, so calendars replace the event', async () => {
    const sam = await t.bearer('sam@acme.test');
    const before = eventOf(await ics('sam@acme.test', SAM_LATERAL_MOVE));
    const at = inDays(10);
    await t.http
      .post(`/api/conversations/${SAM_LATERAL_MOVE}/schedule`)
      .set('Authorization', sam)
      .send({ at: at.toISOString() })
      .expect(200);
    const after = eventOf(await ics('morgan@acme.test', SAM_LATERAL_MOVE));
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(before.sequence + 1);
    expect(after.startDate.toJSDate().getTime()).toBe(at.getTime());
    expect(after.endDate.toJSDate().getTime() - at.getTime()).toBe(45 * 60_000);

    await t.http
      .post(`/api/conversations/${SAM_LATERAL_MOVE}/schedule`)
      .set('Authorization', sam)
      .send({ at: inDays(11).toISOString() })
      .expect(200);
    expect(eventOf(await ics('sam@acme.test', SAM_LATERAL_MOVE)).sequence).toBe(before.sequence + 2);
  });

  it('should have no event for a conversation that is not scheduled (409)', async () => {
    expect((await ics('priya@acme.test', PLAN_REVIEW)).status).toBe(409);
    expect((await ics('morgan@acme.test', PRIYA_ASPIRATION)).status).toBe(409);
  });

  it('should not exist for anyone but the two participants (404)', async () => {
    for (const email of [
      'priya@acme.test',
      'jordan@acme.test',
      'harper@acme.test',
      'avery@acme.test',
      'hana@globex.test',
    ]) {
      const response = await ics(email, SAM_LATERAL_MOVE);
      expect([email, response.status]).toEqual([email, 404]);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['content-disposition']).toBeUndefined();
      expect(response.text).not.toContain('BEGIN:VCALENDAR');
    }
  });
});
