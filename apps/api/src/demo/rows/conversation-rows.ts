import type { ActionItemEntity } from '../../conversations/action-item.entity';
import type { ConversationNoteEntity } from '../../conversations/conversation-note.entity';
import type { ConversationEntity } from '../../conversations/conversation.entity';
import type { NotificationEntity } from '../../notifications/notification.entity';
import type { NotificationSubject } from '../seed-model';
import type { Row } from './people-rows';
import type { SeedContext } from './seed-context';

export interface ConversationRows {
  readonly conversations: Row<ConversationEntity>[];
  readonly conversationNotes: Row<ConversationNoteEntity>[];
  readonly actionItems: Row<ActionItemEntity>[];
}

const time = (iso: string): Date => new Date(iso);

/**
 * Conversations between a report and their manager; held ones carry the
 * shared note, each participant's private note and the action items.
 */
export const conversationRows = (
  ctx: SeedContext,
  growthActionIds: ReadonlyMap<string, string>,
): ConversationRows => {
  const organizationId = ctx.organizationId;
  const rows: ConversationRows = { conversations: [], conversationNotes: [], actionItems: [] };
  for (const c of ctx.org.conversations) {
    const fail = (message: string): never => ctx.fail(`conversation ${c.key}: ${message}`);
    const id = ctx.id('conversation', c.key);
    const participant = { report: ctx.personId(c.report), manager: ctx.managerIdOf(c.report) };
    if (c.status === 'scheduled' && !c.scheduledAt) fail('a scheduled conversation has a time');
    if (c.status === 'held' && !(c.scheduledAt && c.heldAt && c.notes))
      fail('a held one has a time and notes');
    if (c.status !== 'held' && (c.heldAt || c.notes || c.actionItems)) fail('only held ones have notes');
    if ((c.status === 'declined') !== (c.declineReason !== undefined)) fail('a declined one has a reason');
    rows.conversations.push({
      id,
      organizationId,
      reportId: participant.report,
      managerId: participant.manager,
      requesterId: participant[c.requestedBy],
      topic: c.topic,
      agenda: c.agenda,
      proposedTimes: c.proposedTimes.map(time),
      status: c.status,
      scheduledAt: c.scheduledAt ? time(c.scheduledAt) : null,
      declineReason: c.declineReason ?? null,
      heldAt: c.heldAt ? time(c.heldAt) : null,
      createdAt: time(c.requestedAt),
      updatedAt: time(c.heldAt ?? c.scheduledAt ?? c.requestedAt),
    });
    if (!c.notes || !c.heldAt) continue;
    const written = time(c.heldAt);
    const note = (visibility: 'shared' | 'private', author: 'report' | 'manager', body: string) => ({
      id: ctx.id('conversation-note', c.key, visibility === 'shared' ? 'shared' : author),
      organizationId,
      conversationId: id,
      visibility,
      authorId: participant[author],
      body,
      version: 1,
      createdAt: written,
      updatedAt: written,
    });
    rows.conversationNotes.push(
      note('shared', c.notes.sharedBy, c.notes.shared),
      note('private', 'report', c.notes.reportPrivate),
      note('private', 'manager', c.notes.managerPrivate),
    );
    (c.actionItems ?? []).forEach((item, index) => {
      const growthActionId = item.growthAction
        ? (growthActionIds.get(item.growthAction) ?? fail(`no growth action ${item.growthAction}`))
        : null;
      if (item.growthAction && !item.growthAction.startsWith(`${c.report}:`))
        fail('an action item links to a growth action of the report');
      rows.actionItems.push({
        id: ctx.id('action-item', c.key, String(index)),
        organizationId,
        conversationId: id,
        ownerId: participant[item.owner],
        title: item.title,
        dueOn: item.due ?? null,
        done: item.done,
        growthActionId,
        createdAt: written,
        updatedAt: written,
      });
    });
  }
  return rows;
};

const SUBJECT_PATHS = {
  conversation: ['conversations', 'conversation'],
  evidence: ['evidence', 'evidence'],
  position: ['positions', 'position'],
  person: ['people', 'person'],
} as const;

const subjectOf = (subject: NotificationSubject): [keyof typeof SUBJECT_PATHS, string] => {
  if ('conversation' in subject) return ['conversation', subject.conversation];
  if ('evidence' in subject) return ['evidence', subject.evidence];
  if ('position' in subject) return ['position', subject.position];
  return ['person', subject.person];
};

/** In-app notifications, each pointing at the record it is about. */
export const notificationRows = (ctx: SeedContext): Row<NotificationEntity>[] => {
  const known = new Set([
    ...ctx.org.conversations.map((c) => `conversation:${c.key}`),
    ...ctx.org.evidence.map((e) => `evidence:${e.key}`),
    ...ctx.org.positions.map((p) => `position:${p.key}`),
    ...ctx.org.people.map((p) => `person:${p.key}`),
  ]);
  return ctx.org.notifications.map((n) => {
    const [kind, key] = subjectOf(n.subject);
    if (!known.has(`${kind}:${key}`))
      ctx.fail(`notification "${n.title}" is about an unknown ${kind} ${key}`);
    const [path, idKind] = SUBJECT_PATHS[kind];
    const subjectId = ctx.id(idKind, key);
    return {
      id: ctx.id('notification', n.person, n.kind, n.at),
      organizationId: ctx.organizationId,
      personId: ctx.personId(n.person),
      kind: n.kind,
      title: n.title,
      link: `/${n.area}/${path}/${subjectId}`,
      subjectId,
      readAt: n.readAt ? time(n.readAt) : null,
      createdAt: time(n.at),
    };
  });
};
