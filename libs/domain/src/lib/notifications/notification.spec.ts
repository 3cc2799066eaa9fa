import { NotificationPageSchema, NotificationQuerySchema, NotificationSchema } from './notification';

const notification = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'evidence_reviewed',
  title: 'Morgan Blake accepted “Positioning in a day”',
  link: '/me/evidence/00000000-0000-4000-8000-000000000002',
  subjectId: '00000000-0000-4000-8000-000000000002',
  createdAt: '2026-10-01T11:00:00.000Z',
  readAt: null,
};

describe('NotificationSchema', () => {
  it('should accept an unread notification and a read one', () => {
    expect(NotificationSchema.parse(notification)).toEqual(notification);
    expect(NotificationSchema.safeParse({ ...notification, readAt: '2026-10-01T17:45:00Z' }).success).toBe(
      true,
    );
  });

  it('should carry the unread count on a page', () => {
    const page = { items: [notification], nextCursor: null, unreadCount: 1 };
    expect(NotificationPageSchema.parse(page)).toEqual(page);
    expect(NotificationPageSchema.safeParse({ ...page, unreadCount: -1 }).success).toBe(false);
  });
});

describe('NotificationQuerySchema', () => {
  it('should read the unread flag from the words true and false', () => {
    expect(NotificationQuerySchema.parse({ unread: 'true' })).toEqual({ unread: true, limit: 25 });
    expect(NotificationQuerySchema.parse({ unread: 'false', limit: '5' })).toEqual({
      unread: false,
      limit: 5,
    });
    expect(NotificationQuerySchema.parse({})).toEqual({ limit: 25 });
  });

  it('should refuse any other flag and unknown parameters', () => {
    const flag = NotificationQuerySchema.safeParse({ unread: 'yes' });
    expect(flag.error?.issues[0]?.message).toBe('unread is true or false');
    expect(NotificationQuerySchema.safeParse({ read: 'true' }).success).toBe(false);
  });
});
