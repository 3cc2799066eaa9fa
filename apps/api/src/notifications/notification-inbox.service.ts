import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Notification, NotificationPage, NotificationQuery, NotificationsMarked } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { cursorInstantSql, CursorPart, decodeCursorAs, encodeCursor } from '../http/page-cursor';
import { NotificationEntity } from './notification.entity';
import { NOTIFICATION_COLUMNS, toNotification, type NotificationRow } from './notification.mapper';

/**
 * The caller's own notifications: read them, mark them read. Nobody reads or marks
 * anyone else's; another person's notification does not exist for you (404).
 */
@Injectable()
export class NotificationInboxService {
  constructor(private readonly db: TenantDatabase) {}

  /** Newest first, keyset-paginated, with the unread count: two queries whatever the data. */
  list(actor: Actor, query: NotificationQuery): Promise<NotificationPage> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const builder = mine(manager, actor).select(cursorInstantSql('n.created_at'), 'cursor_at');
      for (const column of NOTIFICATION_COLUMNS) builder.addSelect(`n.${column}`, column);
      builder
        .orderBy('n.created_at', 'DESC')
        .addOrderBy('n.id', 'DESC')
        .limit(query.limit + 1);
      if (query.unread === true) builder.andWhere('n.read_at IS NULL');
      if (query.unread === false) builder.andWhere('n.read_at IS NOT NULL');
      if (query.cursor) {
        const [at, id] = decodeCursorAs(query.cursor, [CursorPart.instant, CursorPart.uuid]);
        builder.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', { at, id });
      }
      const rows = await builder.getRawMany<NotificationRow & { cursor_at: string }>();
      const count = await mine(manager, actor)
        .select('count(*)::int', 'unread')
        .andWhere('n.read_at IS NULL')
        .getRawOne<{ unread: number }>();
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      return {
        items: items.map(toNotification),
        nextCursor: rows.length > query.limit && last ? encodeCursor([last.cursor_at, last.id]) : null,
        unreadCount: count?.unread ?? 0,
      };
    });
  }

  /** One UPDATE: marks it read once (a repeat keeps the first time) and returns it. */
  markRead(actor: Actor, notificationId: string): Promise<Notification> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(NotificationEntity)
        .set({ readAt: () => 'COALESCE(read_at, now())' })
        .where('id = :id AND organization_id = :org AND person_id = :me', {
          id: notificationId,
          org: actor.organizationId,
          me: actor.personId,
        })
        .returning(NOTIFICATION_COLUMNS.join(', '))
        .execute();
      const [row] = result.raw as NotificationRow[];
      if (!row) throw new DomainError('not_found', 'There is no such notification.');
      return toNotification(row);
    });
  }

  /** One UPDATE: marks every unread notification of the caller read, and says how many. */
  markAllRead(actor: Actor): Promise<NotificationsMarked> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(NotificationEntity)
        .set({ readAt: () => 'now()' })
        .where('organization_id = :org AND person_id = :me AND read_at IS NULL', {
          org: actor.organizationId,
          me: actor.personId,
        })
        .execute();
      return { marked: result.affected ?? 0 };
    });
  }
}

const mine = (manager: EntityManager, actor: Actor) =>
  manager
    .getRepository(NotificationEntity)
    .createQueryBuilder('n')
    .where('n.organization_id = :org AND n.person_id = :me', {
      org: actor.organizationId,
      me: actor.personId,
    });
