import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { TenantEntity, tenantJoin } from '../database/tenant-columns';
import { TrackEntity } from './track.entity';

@Entity({ name: 'levels' })
@Unique('levels_organization_id_id_key', ['organizationId', 'id'])
@Unique('levels_track_id_rank_key', ['trackId', 'rank'])
@Unique('levels_track_id_key_key', ['trackId', 'key'])
@Index('levels_organization_id_track_id_idx', ['organizationId', 'trackId'])
export class LevelEntity extends TenantEntity {
  @Column({ name: 'track_id', type: 'uuid' })
  trackId!: string;

  @ManyToOne(() => TrackEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('track_id'))
  track?: TrackEntity;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  rank!: number;

  /** An IC level that counts as a lead seat (every management level does). */
  @Column({ name: 'is_lead', type: 'boolean', default: false })
  isLead!: boolean;
}
