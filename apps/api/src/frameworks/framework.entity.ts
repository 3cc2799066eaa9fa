import { Check, Column, Entity, Index, Unique } from 'typeorm';

import { FRAMEWORK_STATUSES, type FrameworkStatus } from '@trellis/domain';

import { oneOf, TenantEntity } from '../database/tenant-columns';

/** A career ladder, versioned: drafts are editable, published versions are immutable. */
@Entity({ name: 'frameworks' })
@Unique('frameworks_organization_id_id_key', ['organizationId', 'id'])
@Unique('frameworks_organization_id_name_version_key', ['organizationId', 'name', 'version'])
@Check('frameworks_status_check', oneOf('status', FRAMEWORK_STATUSES))
@Index('frameworks_organization_id_status_idx', ['organizationId', 'status'])
// One draft per name: starting a second one is refused.
@Index('frameworks_organization_id_name_draft_key', ['organizationId', 'name'], {
  unique: true,
  where: `"status" = 'draft'`,
})
export class FrameworkEntity extends TenantEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  status!: FrameworkStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Moves on with every save of a draft: a save or publish must carry the revision it read. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;
}
