import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { OrganizationEntity } from '../organizations/organization.entity';

/**
 * Every tenant table starts with these columns. Foreign keys between tenant
 * tables include organization_id (they reference `(organization_id, id)`), so a
 * row can never point into another organization and the schema can be sharded
 * by organization without a redesign.
 */
export abstract class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The join columns of a same-organization reference through `column`. */
export const tenantJoin = (column: string) => [
  { name: 'organization_id', referencedColumnName: 'organizationId' },
  { name: column, referencedColumnName: 'id' },
];

/** SQL for a CHECK that a text column holds one of the given values. */
export const oneOf = (column: string, values: readonly string[]): string =>
  `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;

/**
 * A user-visible record people edit: soft-deleted (never removed, so history and
 * audit keep their targets) and versioned for optimistic concurrency.
 */
export abstract class EditableTenantEntity extends TenantEntity {
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Bumped by every write; a write carrying a stale version is refused (409). */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
