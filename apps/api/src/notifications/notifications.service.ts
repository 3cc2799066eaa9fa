import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  readonly organizationId: string;
  /** Who receives it. */
  readonly personId: string;
  /** e.g. conversation_requested, conversation_scheduled, evidence_reviewed. */
  readonly kind: string;
  /** One line for the list; never private-note content. */
  readonly title: string;
  /** Where it leads in the web app, e.g. /team/conversations/<id>. */
  readonly link: string | null;
  /** The record it is about. */
  readonly subjectId: string | null;
}

/**
 * Writes in-app notifications inside the caller's transaction, so that a
 * notification exists exactly when the change it announces was committed.
 */
@Injectable()
export class NotificationsService {
  async notify(manager: EntityManager, notification: NewNotification): Promise<void> {
    await manager.insert(NotificationEntity, { ...notification });
  }
}
