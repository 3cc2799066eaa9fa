import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { TenantEntity, tenantJoin } from '../database/tenant-columns';
import { PersonEntity } from '../people/person.entity';

/** An in-app notification for one person. Never carries private-note content. */
@Entity({ name: 'notifications' })
@Index('notifications_organization_id_person_id_created_at_idx', ['organizationId', 'personId', 'createdAt'])
@Index('notifications_unread_idx', ['organizationId', 'personId'], { where: '"read_at" IS NULL' })
export class NotificationEntity extends TenantEntity {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('person_id'))
  person?: PersonEntity;

  /** e.g. conversation_requested, evidence_reviewed, conversation_nudge. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Where the notification leads in the web app, e.g. /me/conversations/<id>. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  /** The record it is about, so that repeated nudges can be de-duplicated. */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
