import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import {
  CONVERSATION_STATUSES,
  CONVERSATION_TOPICS,
  type ConversationStatus,
  type ConversationTopic,
} from '@trellis/domain';

import { EditableTenantEntity, oneOf, tenantJoin } from '../database/tenant-columns';
import { PersonEntity } from '../people/person.entity';

/** A career conversation between a report and their manager. */
@Entity({ name: 'conversations' })
@Unique('conversations_organization_id_id_key', ['organizationId', 'id'])
@Check('conversations_topic_check', oneOf('topic', CONVERSATION_TOPICS))
@Check('conversations_status_check', oneOf('status', CONVERSATION_STATUSES))
@Check('conversations_requester_is_participant_check', '"requester_id" IN ("report_id", "manager_id")')
@Check('conversations_scheduled_at_check', `"status" <> 'scheduled' OR "scheduled_at" IS NOT NULL`)
@Index('conversations_organization_id_report_id_status_idx', ['organizationId', 'reportId', 'status'])
@Index('conversations_organization_id_manager_id_status_idx', ['organizationId', 'managerId', 'status'])
export class ConversationEntity extends EditableTenantEntity {
  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('report_id'))
  report?: PersonEntity;

  @Column({ name: 'manager_id', type: 'uuid' })
  managerId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('manager_id'))
  manager?: PersonEntity;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('requester_id'))
  requester?: PersonEntity;

  @Column({ type: 'text' })
  topic!: ConversationTopic;

  @Column({ type: 'text', default: '' })
  agenda!: string;

  @Column({ name: 'proposed_times', type: 'timestamptz', array: true, default: () => "'{}'" })
  proposedTimes!: Date[];

  @Column({ type: 'text', default: 'requested' })
  status!: ConversationStatus;

  @Column({ name: 'scheduled_at', type: 'timestamptz', nullable: true })
  scheduledAt!: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'held_at', type: 'timestamptz', nullable: true })
  heldAt!: Date | null;

  /** iCalendar SEQUENCE: increases on every reschedule so calendars replace the event. */
  @Column({ name: 'calendar_sequence', type: 'integer', default: 0 })
  calendarSequence!: number;
}
