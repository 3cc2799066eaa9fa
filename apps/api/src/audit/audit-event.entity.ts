import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { TenantEntity, tenantJoin } from '../database/tenant-columns';
import { PersonEntity } from '../people/person.entity';

/** Small, flat context of an event; never record content (notes, evidence bodies). */
export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * Who did what to which record, and every read of another person's record by a
 * manager, HR or an admin. Append-only: the app role may insert, never update or delete.
 */
@Entity({ name: 'audit_events' })
@Index('audit_events_organization_id_created_at_idx', ['organizationId', 'createdAt'])
@Index('audit_events_organization_id_subject_person_id_created_at_idx', [
  'organizationId',
  'subjectPersonId',
  'createdAt',
])
export class AuditEventEntity extends TenantEntity {
  /** Null for the system itself (seeding, imports run by the platform). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('actor_id'))
  actor?: PersonEntity | null;

  /** e.g. evidence.read, evidence.review, aspiration.update. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType!: string;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId!: string | null;

  /** Whose record it was: drives GET /api/me/access-log. */
  @Column({ name: 'subject_person_id', type: 'uuid', nullable: true })
  subjectPersonId!: string | null;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: AuditDetails;
}
