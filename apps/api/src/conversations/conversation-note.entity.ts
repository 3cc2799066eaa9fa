import { Check, Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';

import { NOTE_VISIBILITIES, type NoteVisibility } from '@trellis/domain';

import { oneOf, TenantEntity, tenantJoin } from '../database/tenant-columns';
import { PersonEntity } from '../people/person.entity';
import { ConversationEntity } from './conversation.entity';

/**
 * Notes of a conversation: one shared note both participants edit, and one
 * private note per author that only its author ever reads.
 */
@Entity({ name: 'conversation_notes' })
@Check('conversation_notes_visibility_check', oneOf('visibility', NOTE_VISIBILITIES))
@Index('conversation_notes_shared_key', ['conversationId'], {
  unique: true,
  where: `"visibility" = 'shared'`,
})
@Index('conversation_notes_private_key', ['conversationId', 'authorId'], {
  unique: true,
  where: `"visibility" = 'private'`,
})
export class ConversationNoteEntity extends TenantEntity {
  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('conversation_id'))
  conversation?: ConversationEntity;

  @Column({ type: 'text' })
  visibility!: NoteVisibility;

  /** The private note's owner; for the shared note, its last editor. */
  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('author_id'))
  author?: PersonEntity;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
