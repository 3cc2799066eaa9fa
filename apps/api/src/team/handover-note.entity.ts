import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { TenantEntity, tenantJoin } from '../database/tenant-columns';
import { PersonEntity } from '../people/person.entity';

/**
 * A note a direct manager leaves on a report for whoever manages them next.
 * Append-only in the API: a correction is a new note.
 */
@Entity({ name: 'handover_notes' })
@Index('handover_notes_organization_id_person_id_created_at_idx', ['organizationId', 'personId', 'createdAt'])
@Index('handover_notes_organization_id_author_id_idx', ['organizationId', 'authorId'])
export class HandoverNoteEntity extends TenantEntity {
  /** The report the note is about. */
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('person_id'))
  person?: PersonEntity;

  /** Their direct manager when the note was written. */
  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('author_id'))
  author?: PersonEntity;

  @Column({ type: 'text' })
  body!: string;
}
