import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { EditableTenantEntity, tenantJoin } from '../database/tenant-columns';
import { GrowthActionEntity } from '../growth/growth-action.entity';
import { PersonEntity } from '../people/person.entity';
import { ConversationEntity } from './conversation.entity';

@Entity({ name: 'action_items' })
@Index('action_items_organization_id_conversation_id_idx', ['organizationId', 'conversationId'])
@Index('action_items_organization_id_owner_id_done_idx', ['organizationId', 'ownerId', 'done'])
export class ActionItemEntity extends EditableTenantEntity {
  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('conversation_id'))
  conversation?: ConversationEntity;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn(tenantJoin('owner_id'))
  owner?: PersonEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'boolean', default: false })
  done!: boolean;

  @Column({ name: 'growth_action_id', type: 'uuid', nullable: true })
  growthActionId!: string | null;

  @ManyToOne(() => GrowthActionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('growth_action_id'))
  growthAction?: GrowthActionEntity | null;
}
