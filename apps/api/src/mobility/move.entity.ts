import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { MOVE_KINDS, type MoveKind } from '@trellis/domain';

import { oneOf, TenantEntity, tenantJoin } from '../database/tenant-columns';
import { LevelEntity } from '../frameworks/level.entity';
import { PersonEntity } from '../people/person.entity';
import { TeamEntity } from '../people/team.entity';

/** One step of a person's role history; mobility analytics aggregate these. */
@Entity({ name: 'moves' })
@Check('moves_kind_check', oneOf('kind', MOVE_KINDS))
@Index('moves_organization_id_occurred_on_idx', ['organizationId', 'occurredOn'])
@Index('moves_organization_id_person_id_occurred_on_idx', ['organizationId', 'personId', 'occurredOn'])
@Index('moves_organization_id_to_team_id_idx', ['organizationId', 'toTeamId'])
export class MoveEntity extends TenantEntity {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('person_id'))
  person?: PersonEntity;

  @Column({ type: 'text' })
  kind!: MoveKind;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  /** Hired from outside (or, for an exit, left the company) rather than moved within it. */
  @Column({ type: 'boolean' })
  internal!: boolean;

  @Column({ name: 'from_level_id', type: 'uuid', nullable: true })
  fromLevelId!: string | null;

  @ManyToOne(() => LevelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('from_level_id'))
  fromLevel?: LevelEntity | null;

  @Column({ name: 'to_level_id', type: 'uuid', nullable: true })
  toLevelId!: string | null;

  @ManyToOne(() => LevelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('to_level_id'))
  toLevel?: LevelEntity | null;

  @Column({ name: 'from_team_id', type: 'uuid', nullable: true })
  fromTeamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('from_team_id'))
  fromTeam?: TeamEntity | null;

  @Column({ name: 'to_team_id', type: 'uuid', nullable: true })
  toTeamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('to_team_id'))
  toTeam?: TeamEntity | null;
}
