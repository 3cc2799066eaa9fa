import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { TenantEntity, tenantJoin } from '../database/tenant-columns';
import { PersonEntity } from '../people/person.entity';

/**
 * A refresh-token session. The token itself is never stored, only its SHA-256;
 * rotation replaces a session by a new one of the same family.
 */
@Entity({ name: 'auth_sessions' })
@Index('auth_sessions_person_id_idx', ['personId'])
@Index('auth_sessions_family_id_idx', ['familyId'])
export class AuthSessionEntity extends TenantEntity {
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('person_id'))
  person?: PersonEntity;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
