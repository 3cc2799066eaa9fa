import {
  Column,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';

import type { Role } from '@trellis/domain';

import { TenantEntity, tenantJoin } from '../database/tenant-columns';
import { LevelEntity } from '../frameworks/level.entity';
import { TeamEntity } from './team.entity';

@Entity({ name: 'people' })
@Unique('people_organization_id_id_key', ['organizationId', 'id'])
// Sign-in finds people by email across organizations: an email (stored lower-case) is unique system-wide.
@Index('people_email_key', ['email'], { unique: true })
@Index('people_organization_id_manager_id_idx', ['organizationId', 'managerId'])
@Index('people_organization_id_team_id_idx', ['organizationId', 'teamId'])
@Index('people_organization_id_level_id_idx', ['organizationId', 'levelId'])
// The admin list: keyset order by name, and "name or email contains" through trigrams
// (a GIN index TypeORM cannot describe: migration AddAdminPeopleSearch owns it).
@Index('people_organization_id_name_id_idx', ['organizationId', 'name', 'id'])
@Index('people_name_email_trgm_idx', { synchronize: false })
export class PersonEntity extends TenantEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('team_id'))
  team?: Relation<TeamEntity> | null;

  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('manager_id'))
  manager?: Relation<PersonEntity> | null;

  @Column({ name: 'level_id', type: 'uuid', nullable: true })
  levelId!: string | null;

  @ManyToOne(() => LevelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('level_id'))
  level?: Relation<LevelEntity> | null;

  @Column({ type: 'text', array: true, default: () => "'{member}'" })
  roles!: Role[];

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'hire_date', type: 'date', nullable: true })
  hireDate!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  // Bumped when every session must end at once (password change); access tokens carry it as `sv`.
  @Column({ name: 'session_version', type: 'integer', default: 1 })
  sessionVersion!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
