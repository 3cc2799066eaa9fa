import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';

import { TenantEntity, tenantJoin } from '../database/tenant-columns';
import type { PersonEntity } from './person.entity';

@Entity({ name: 'teams' })
@Unique('teams_organization_id_id_key', ['organizationId', 'id'])
@Index('teams_organization_id_name_key', ['organizationId', 'name'], { unique: true })
@Index('teams_organization_id_parent_team_id_idx', ['organizationId', 'parentTeamId'])
export class TeamEntity extends TenantEntity {
  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'parent_team_id', type: 'uuid', nullable: true })
  parentTeamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('parent_team_id'))
  parentTeam?: Relation<TeamEntity> | null;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  // Lazy type: teams and people reference each other.
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('lead_id'))
  lead?: Relation<PersonEntity> | null;
}
