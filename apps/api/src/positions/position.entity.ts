import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { POSITION_STATUSES, type PositionStatus } from '@trellis/domain';

import { EditableTenantEntity, oneOf, tenantJoin } from '../database/tenant-columns';
import { LevelEntity } from '../frameworks/level.entity';
import { PersonEntity } from '../people/person.entity';
import { TeamEntity } from '../people/team.entity';

/** A seat on a team at a level. */
@Entity({ name: 'positions' })
@Check('positions_status_check', oneOf('status', POSITION_STATUSES))
@Check('positions_filled_by_check', `"status" = 'filled' OR "filled_by_id" IS NULL`)
@Index('positions_organization_id_status_idx', ['organizationId', 'status'])
@Index('positions_organization_id_team_id_idx', ['organizationId', 'teamId'])
@Index('positions_organization_id_level_id_idx', ['organizationId', 'levelId'])
export class PositionEntity extends EditableTenantEntity {
  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('team_id'))
  team?: TeamEntity;

  @Column({ name: 'level_id', type: 'uuid' })
  levelId!: string;

  @ManyToOne(() => LevelEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('level_id'))
  level?: LevelEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: 'open' })
  status!: PositionStatus;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ name: 'filled_on', type: 'date', nullable: true })
  filledOn!: string | null;

  @Column({ name: 'filled_by_id', type: 'uuid', nullable: true })
  filledById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('filled_by_id'))
  filledBy?: PersonEntity | null;
}
