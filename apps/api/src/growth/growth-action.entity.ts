import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { ACTION_KINDS, GROWTH_STATUSES, type ActionKind, type GrowthStatus } from '@trellis/domain';

import { EditableTenantEntity, oneOf, tenantJoin } from '../database/tenant-columns';
import { GoalEntity } from './goal.entity';

/** A learning-by-doing action of a goal: stretch assignment, mentoring, informational interview… */
@Entity({ name: 'growth_actions' })
@Unique('growth_actions_organization_id_id_key', ['organizationId', 'id'])
@Check('growth_actions_kind_check', oneOf('kind', ACTION_KINDS))
@Check('growth_actions_status_check', oneOf('status', GROWTH_STATUSES))
@Index('growth_actions_organization_id_goal_id_idx', ['organizationId', 'goalId'])
@Index('growth_actions_organization_id_due_on_idx', ['organizationId', 'dueOn'])
export class GrowthActionEntity extends EditableTenantEntity {
  @Column({ name: 'goal_id', type: 'uuid' })
  goalId!: string;

  @ManyToOne(() => GoalEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('goal_id'))
  goal?: GoalEntity;

  @Column({ type: 'text' })
  kind!: ActionKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text', default: 'planned' })
  status!: GrowthStatus;

  /** Informational interviews: when to follow up, and whether the thank-you went out. */
  @Column({ name: 'follow_up_on', type: 'date', nullable: true })
  followUpOn!: string | null;

  @Column({ name: 'thank_you_sent', type: 'boolean', default: false })
  thankYouSent!: boolean;
}
