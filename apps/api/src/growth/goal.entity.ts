import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { GROWTH_STATUSES, type GrowthStatus } from '@trellis/domain';

import { EditableTenantEntity, oneOf, tenantJoin } from '../database/tenant-columns';
import { CriterionEntity } from '../frameworks/criterion.entity';
import { GrowthPlanEntity } from './growth-plan.entity';

@Entity({ name: 'goals' })
@Unique('goals_organization_id_id_key', ['organizationId', 'id'])
@Check('goals_status_check', oneOf('status', GROWTH_STATUSES))
@Index('goals_organization_id_plan_id_idx', ['organizationId', 'planId'])
export class GoalEntity extends EditableTenantEntity {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => GrowthPlanEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('plan_id'))
  plan?: GrowthPlanEntity;

  @Column({ name: 'criterion_id', type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => CriterionEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('criterion_id'))
  criterion?: CriterionEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'text', default: 'planned' })
  status!: GrowthStatus;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}
