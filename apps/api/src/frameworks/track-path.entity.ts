import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { DOCUMENT_PATH_KINDS } from '@trellis/domain';

import { oneOf, TenantEntity, tenantJoin } from '../database/tenant-columns';
import { TrackEntity } from './track.entity';

/** A known path between two tracks: IC → management (track_switch), PMM → PM (lateral). */
@Entity({ name: 'track_paths' })
@Unique('track_paths_from_track_id_to_track_id_key', ['fromTrackId', 'toTrackId'])
@Check('track_paths_kind_check', oneOf('kind', DOCUMENT_PATH_KINDS))
@Index('track_paths_organization_id_to_track_id_idx', ['organizationId', 'toTrackId'])
export class TrackPathEntity extends TenantEntity {
  @Column({ name: 'from_track_id', type: 'uuid' })
  fromTrackId!: string;

  @ManyToOne(() => TrackEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('from_track_id'))
  fromTrack?: TrackEntity;

  @Column({ name: 'to_track_id', type: 'uuid' })
  toTrackId!: string;

  @ManyToOne(() => TrackEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('to_track_id'))
  toTrack?: TrackEntity;

  @Column({ type: 'text' })
  kind!: (typeof DOCUMENT_PATH_KINDS)[number];
}
