import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { TRACK_KINDS, type TrackKind } from '@trellis/domain';

import { oneOf, TenantEntity, tenantJoin } from '../database/tenant-columns';
import { FrameworkEntity } from './framework.entity';

@Entity({ name: 'tracks' })
@Unique('tracks_organization_id_id_key', ['organizationId', 'id'])
@Unique('tracks_framework_id_key_key', ['frameworkId', 'key'])
@Check('tracks_kind_check', oneOf('kind', TRACK_KINDS))
@Index('tracks_organization_id_framework_id_idx', ['organizationId', 'frameworkId'])
export class TrackEntity extends TenantEntity {
  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => FrameworkEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('framework_id'))
  framework?: FrameworkEntity;

  /** The stable key of the exchange format (trellis.framework/v1). */
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: TrackKind;

  @Column({ type: 'text' })
  discipline!: string;
}
