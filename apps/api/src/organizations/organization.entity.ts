import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant: every other row carries an organization id. */
@Entity({ name: 'organizations' })
@Check('organizations_conversation_interval_days_check', '"conversation_interval_days" BETWEEN 7 AND 365')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('organizations_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  /** How long a report may go without a held career conversation before the manager is nudged. */
  @Column({ name: 'conversation_interval_days', type: 'integer', default: 90 })
  conversationIntervalDays!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
