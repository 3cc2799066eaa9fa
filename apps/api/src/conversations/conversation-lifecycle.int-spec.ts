import type { Conversation, Problem } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoConversationId, demoPersonId } from '../demo/demo-id';

const PRIYA = demoPersonId('acme', 'priya');
const SAM = demoPersonId('acme', 'sam');
const MORGAN = demoPersonId('acme', 'morgan');
const SAM_LATERAL_MOVE = demoConversationId('acme', 'sam-lateral-move');

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

interface NotificationRow {
  person_id: string;
  kind: string;
  title: string;
  link: string;
}

describe('The life of a conversation: schedule, decline, cancel, hold', () => {
  let t: TestApp;
  const as = (email: string) => ({
    post: async (path: string, body?: object) => {
      const call = t.http.post(path).set('Authorization', await t.bearer(email));
      return body === undefined ? call : call.send(body);
    },
  });
  const priya = as('priya@acme.test');
  const morgan = as('morgan@acme.test');
  const sam = as('sam@acme.test');

  const requestAs = async (who: ReturnType<typeof as>, withPersonId: string): Promise<Conversation> => {
    const response = await who.post('/api/conversations', {
      withPersonId,
      topic: 'promotion_readiness',
      agenda: 'Where do I stand?',
      proposedTimes: [inDays(5)],
    });
    expect(response.status).toBe(201);
    return response.body as Conversation;
  };
  const notificationsAbout = (id: string, kind: string) =>
    t.dataSource.query<NotificationRow[]>(
      `SELECT person_id, kind, title, link FROM notifications WHERE subject_id = $1 AND kind = $2`,
      [id, kind],
    );

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should walk requested → scheduled → rescheduled → held, each side doing only its part', async () => {
    const asked = await requestAs(priya, MORGAN);
    const path = `/api/conversations/${asked.id}`;

    // The requester cannot accept for Morgan, nor decline her own request (403, with the way out).
    const selfSchedule = await priya.post(`${path}/schedule`, { at: inDays(6) });
    expect(selfSchedule.status).toBe(403);
    const selfDecline = await priya.post(`${path}/decline`, { reason: 'Changed my mind' });
    expect(selfDecline.status).toBe(403);
    expect((selfDecline.body as Problem).detail).toMatch(/cancel it instead/);
    // The person asked declines with a reason rather than cancelling.
    const otherCancel = await morgan.post(`${path}/cancel`);
    expect(otherCancel.status).toBe(403);
    expect((otherCancel.body as Problem).detail).toMatch(/decline it instead/);
    // Nothing to hold before it is scheduled.
    expect((await morgan.post(`${path}/hold`)).status).toBe(409);
    // A time in the past is refused, naming the field.
    const past = await morgan.post(`${path}/schedule`, { at: '2020-01-01T10:00:00Z' });
    expect(past.status).toBe(422);
    expect((past.body as Problem).errors?.[0]?.path).toBe('at');

    const firstTime = inDays(6);
    const scheduled = await morgan.post(`${path}/schedule`, { at: firstTime });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body as Conversation).toMatchObject({
      status: 'scheduled',
      scheduledAt: firstTime,
      calendarSequence: 0,
      version: 2,
      availableActions: ['schedule', 'decline', 'cancel', 'hold'],
    });
    expect(await notificationsAbout(asked.id, 'conversation_scheduled')).toEqual([
      expect.objectContaining({ person_id: PRIYA, link: `/me/conversations/${asked.id}` }),
    ]);

    const secondTime = inDays(8);
    const moved = await priya.post(`${path}/schedule`, { at: secondTime });
    expect(moved.status).toBe(200);
    expect(moved.body as Conversation).toMatchObject({
      scheduledAt: secondTime,
      calendarSequence: 1,
      availableActions: ['schedule', 'cancel', 'hold'],
    });
    const rescheduled = await notificationsAbout(asked.id, 'conversation_scheduled');
    expect(rescheduled.map((n) => [n.person_id, n.link]).sort()).toEqual(
      [
        [MORGAN, `/team/conversations/${asked.id}`],
        [PRIYA, `/me/conversations/${asked.id}`],
      ].sort(),
    );

    // People sometimes meet early: holding is not tied to the clock.
    const held = await morgan.post(`${path}/hold`);
    expect(held.status).toBe(200);
    expect(held.body as Conversation).toMatchObject({ status: 'held', availableActions: [] });
    expect((held.body as Conversation).heldAt).not.toBeNull();

    // Terminal: every further change is a conflict with the state (409).
    for (const [who, action, body] of [
      [priya, 'schedule', { at: inDays(9) }],
      [morgan, 'decline', { reason: 'Too late' }],
      [priya, 'cancel', undefined],
      [morgan, 'hold', undefined],
    ] as const) {
      expect((await who.post(`${path}/${action}`, body)).status).toBe(409);
    }

    const audit = await t.dataSource.query<{ action: string; details: Record<string, unknown> }[]>(
      `SELECT action, details FROM audit_events WHERE target_id = $1 ORDER BY created_at, action`,
      [asked.id],
    );
    expect(audit.map((event) => event.action)).toEqual([
      'conversation.request',
      'conversation.schedule',
      'conversation.schedule',
      'conversation.hold',
    ]);
    expect(audit[2]?.details).toEqual({ from: 'scheduled', to: 'scheduled', calendarSequence: 1 });
  });

  it('should decline with a reason the requester is told, and keep the reason out of the audit trail', async () => {
    const asked = await requestAs(sam, MORGAN);
    const path = `/api/conversations/${asked.id}`;
    expect((await morgan.post(`${path}/decline`, { reason: '   ' })).status).toBe(400);
    expect((await morgan.post(`${path}/decline`, {})).status).toBe(400);

    const reason = 'Let us wait for the Q1 calibration, then talk properly';
    const declined = await morgan.post(`${path}/decline`, { reason });
    expect(declined.status).toBe(200);
    expect(declined.body as Conversation).toMatchObject({ status: 'declined', reason, availableActions: [] });
    expect(await notificationsAbout(asked.id, 'conversation_declined')).toEqual([
      {
        person_id: SAM,
        kind: 'conversation_declined',
        title: `Morgan Blake declined your career conversation request: ${reason}`,
        link: `/me/conversations/${asked.id}`,
      },
    ]);
    const [audit] = await t.dataSource.query<{ details: object }[]>(
      `SELECT details FROM audit_events WHERE target_id = $1 AND action = 'conversation.decline'`,
      [asked.id],
    );
    expect(JSON.stringify(audit?.details)).not.toContain('calibration');
  });

  it('should let the requester withdraw, with or without a reason, and tell the other side', async () => {
    const withReason = await requestAs(morgan, SAM);
    const cancelled = await morgan.post(`/api/conversations/${withReason.id}/cancel`, { reason: 'Off sick' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body as Conversation).toMatchObject({ status: 'cancelled', reason: 'Off sick' });
    expect(await notificationsAbout(withReason.id, 'conversation_cancelled')).toEqual([
      expect.objectContaining({ person_id: SAM, link: `/me/conversations/${withReason.id}` }),
    ]);

    const bare = await requestAs(priya, MORGAN);
    const withoutBody = await priya.post(`/api/conversations/${bare.id}/cancel`);
    expect(withoutBody.status).toBe(200);
    expect(withoutBody.body as Conversation).toMatchObject({ status: 'cancelled', reason: null });
  });

  it('should let either side call off a scheduled conversation', async () => {
    const asked = await requestAs(priya, MORGAN);
    await morgan
      .post(`/api/conversations/${asked.id}/schedule`, { at: inDays(3) })
      .then((r) => expect(r.status).toBe(200));
    const response = await morgan.post(`/api/conversations/${asked.id}/cancel`, {});
    expect(response.status).toBe(200);
    expect(await notificationsAbout(asked.id, 'conversation_cancelled')).toEqual([
      expect.objectContaining({ person_id: PRIYA }),
    ]);
  });

  it('should refuse bad input before anything changes (400), unknown fields included', async () => {
    const path = `/api/conversations/${SAM_LATERAL_MOVE}`;
    const version = async () =>
      (
        await t.dataSource.query<{ version: number }[]>(`SELECT version FROM conversations WHERE id = $1`, [
          SAM_LATERAL_MOVE,
        ])
      )[0]?.version;
    const before = await version();
    for (const [action, body] of [
      ['schedule', { at: 'next tuesday' }],
      ['schedule', { at: inDays(2), status: 'held' }],
      ['schedule', {}],
      ['decline', { reason: 'x'.repeat(1001) }],
      ['decline', { reason: 'No', scheduledAt: null }],
      ['cancel', { reason: 'x', requesterId: SAM }],
    ] as const) {
      expect([action, (await sam.post(`${path}/${action}`, body)).status]).toEqual([action, 400]);
    }
    expect(await version()).toBe(before);
  });

  it('should hide every state change from anyone but the two participants (404), HR and admins included', async () => {
    const path = `/api/conversations/${SAM_LATERAL_MOVE}`;
    for (const email of [
      'priya@acme.test',
      'harper@acme.test',
      'avery@acme.test',
      'jordan@acme.test',
      'hana@globex.test',
    ]) {
      const who = as(email);
      expect([email, (await who.post(`${path}/schedule`, { at: inDays(4) })).status]).toEqual([email, 404]);
      expect([email, (await who.post(`${path}/decline`, { reason: 'x' })).status]).toEqual([email, 404]);
      expect([email, (await who.post(`${path}/cancel`)).status]).toEqual([email, 404]);
      expect([email, (await who.post(`${path}/hold`)).status]).toEqual([email, 404]);
    }
    expect((await sam.post(`/api/conversations/00000000-0000-4000-8000-000000000000/hold`)).status).toBe(404);
    expect((await sam.post(`/api/conversations/not-a-uuid/hold`)).status).toBe(400);
  });

  it('should let exactly one of two concurrent changes win (guarded on the status read)', async () => {
    const asked = await requestAs(priya, MORGAN);
    const path = `/api/conversations/${asked.id}`;
    expect((await morgan.post(`${path}/schedule`, { at: inDays(2) })).status).toBe(200);
    const statuses = (await Promise.all([morgan.post(`${path}/hold`), priya.post(`${path}/cancel`)])).map(
      (r) => r.status,
    );
    expect(statuses.sort()).toEqual([200, 409]);
    const [row] = await t.dataSource.query<{ status: string; version: number }[]>(
      `SELECT status, version FROM conversations WHERE id = $1`,
      [asked.id],
    );
    expect(['held', 'cancelled']).toContain(row?.status);
    expect(row?.version).toBe(3);
  });
});
