import { Check, Column, Entity, Index, Unique } from 'typeorm';

import { GROWTH_PLAN_STATUSES, type GrowthPlanStatus } from '@trellis/domain';

import { oneOf } from '../database/tenant-columns';
import { PersonRecordEntity } from '../people/person-record.entity';

@Entity({ name: 'growth_plans' })
@Unique('growth_plans_organization_id_id_key', ['organizationId', 'id'])
@Check('growth_plans_status_check', oneOf('status', GROWTH_PLAN_STATUSES))
// One active plan per person; archived ones stay as history.
@Index('growth_plans_active_person_id_key', ['personId'], {
  unique: true,
  where: `"status" = 'active' AND "deleted_at" IS NULL`,
})
export class GrowthPlanEntity extends PersonRecordEntity {
  @Column({ type: 'text', default: 'active' })
  status!: GrowthPlanStatus;
}
