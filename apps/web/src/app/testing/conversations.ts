import type { ConversationDetail, Notification, NotificationPage } from '@trellis/domain';

let sequence = 0;
const nextId = () => `20000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export const aConversation = (overrides: Partial<ConversationDetail> = {}): ConversationDetail => ({
  id: nextId(),
  reportId: '70000000-0000-4000-8000-000000000001',
  managerId: '70000000-0000-4000-8000-000000000002',
  requesterId: '70000000-0000-4000-8000-000000000001',
  topic: 'aspiration',
  agenda: 'Where I want to go next.',
  proposedTimes: [],
  status: 'requested',
  scheduledAt: null,
  reason: null,
  heldAt: null,
  createdAt: '2026-11-20T09:12:00.000Z',
  updatedAt: '2026-11-20T09:12:00.000Z',
  reportName: 'Priya Raman',
  managerName: 'Morgan Blake',
  availableActions: ['cancel'],
  calendarSequence: 0,
  version: 1,
  actionItems: [],
  ...overrides,
});

export const aNotification = (overrides: Partial<Notification> = {}): Notification => ({
  id: nextId(),
  kind: 'evidence_reviewed',
  title: 'Morgan Blake accepted “Positioning in a day”',
  link: '/me/evidence/00000000-0000-4000-8000-000000000009',
  subjectId: null,
  createdAt: '2026-10-01T11:00:00.000Z',
  readAt: null,
  ...overrides,
});

export const aNotificationPage = (
  items: Notification[],
  overrides: Partial<NotificationPage> = {},
): NotificationPage => ({
  items,
  nextCursor: null,
  unreadCount: items.filter((item) => !item.readAt).length,
  ...overrides,
});
