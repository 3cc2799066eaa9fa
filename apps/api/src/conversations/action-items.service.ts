import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ActionItem, ActionItemInput, ActionItemPatch } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { GrowthActionEntity } from '../growth/growth-action.entity';
import { DomainError } from '../http/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { ActionItemEntity } from './action-item.entity';
import { conversationLink } from './conversation-links';
import { ConversationEntity } from './conversation.entity';
import { toActionItem } from './conversation.mapper';
import { ConversationRepository, type ParticipantView } from './conversation.repository';

/**
 * Follow-ups agreed in a conversation, written by either participant: owned by one
 * of the two, optionally advancing a growth-plan action of the report.
 */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly conversations: ConversationRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  create(
    actor: Actor,
    conversationId: string,
    input: ActionItemInput,
    correlationId: string,
  ): Promise<ActionItem> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const view = await this.conversations.forParticipant(manager, actor, conversationId);
      const { conversation } = view;
      if (conversation.status === 'declined' || conversation.status === 'cancelled') {
        throw new DomainError(
          'conflict',
          `The conversation was ${conversation.status}: it has no follow-ups. Request a new one.`,
        );
      }
      await this.checkLinks(manager, conversation, input);
      const saved = await manager.save(
        manager.create(ActionItemEntity, {
          organizationId: actor.organizationId,
          conversationId,
          ownerId: input.ownerId,
          title: input.title,
          dueOn: input.dueOn,
          done: false,
          growthActionId: input.growthActionId,
        }),
      );
      await this.tellOwner(manager, actor, view, saved.ownerId);
      await this.audit.record(manager, {
        actor,
        action: 'action_item.create',
        targetType: 'action_item',
        targetId: saved.id,
        subjectPersonId: view.otherId,
        correlationId,
        details: { conversationId, linked: saved.growthActionId !== null },
      });
      return toActionItem(saved);
    });
  }

  /** Either participant edits (e.g. ticks it done), carrying the version read: stale is 409. */
  update(actor: Actor, id: string, patch: ActionItemPatch, correlationId: string): Promise<ActionItem> {
    return this.db.transaction(actor.organizationId, async (manager) => {
      const item = await manager.findOne(ActionItemEntity, {
        where: { id, organizationId: actor.organizationId },
        select: { id: true, conversationId: true, ownerId: true },
      });
      if (!item) throw new DomainError('not_found', 'There is no such action item.');
      const view = await this.conversations.forParticipant(
        manager,
        actor,
        item.conversationId,
        'action item',
      );
      await this.checkLinks(manager, view.conversation, patch);
      const fields = {
        ...(patch.ownerId !== undefined && { ownerId: patch.ownerId }),
        ...(patch.title !== undefined && { title: patch.title }),
        ...(patch.dueOn !== undefined && { dueOn: patch.dueOn }),
        ...(patch.done !== undefined && { done: patch.done }),
        ...(patch.growthActionId !== undefined && { growthActionId: patch.growthActionId }),
      };
      const result = await manager
        .createQueryBuilder()
        .update(ActionItemEntity)
        .set({ ...fields, version: () => 'version + 1' })
        .where('id = :id AND organization_id = :org AND version = :version AND deleted_at IS NULL', {
          id,
          org: actor.organizationId,
          version: patch.version,
        })
        .execute();
      if (result.affected !== 1) {
        throw new DomainError(
          'conflict',
          'This action item changed since you read it. Reload it and apply your change again.',
        );
      }
      const saved = await manager.findOneByOrFail(ActionItemEntity, { id });
      if (patch.ownerId !== undefined && patch.ownerId !== item.ownerId) {
        await this.tellOwner(manager, actor, view, saved.ownerId);
      }
      await this.audit.record(manager, {
        actor,
        action: 'action_item.update',
        targetType: 'action_item',
        targetId: id,
        subjectPersonId: view.otherId,
        correlationId,
        // Field names only: the title is conversation content.
        details: {
          conversationId: item.conversationId,
          changed: changedFields(patch),
          version: saved.version,
        },
      });
      return toActionItem(saved);
    });
  }

  /** The owner is one of the two participants; a linked growth action belongs to the report's plan. */
  private async checkLinks(
    manager: EntityManager,
    conversation: ConversationEntity,
    input: Pick<ActionItemPatch, 'ownerId' | 'growthActionId'>,
  ): Promise<void> {
    if (
      input.ownerId !== undefined &&
      ![conversation.reportId, conversation.managerId].includes(input.ownerId)
    ) {
      throw new DomainError('invalid', 'An action item is owned by one of the two participants.', [
        { path: 'ownerId', message: 'Choose one of the two participants' },
      ]);
    }
    if (!input.growthActionId) return;
    const linked = await manager
      .getRepository(GrowthActionEntity)
      .createQueryBuilder('a')
      .innerJoin('a.goal', 'g')
      .innerJoin('g.plan', 'p')
      .where('a.id = :id AND a.organization_id = :org', {
        id: input.growthActionId,
        org: conversation.organizationId,
      })
      .andWhere('p.person_id = :report', { report: conversation.reportId })
      .getExists();
    if (!linked) {
      throw new DomainError('invalid', 'The linked action must be an action of the report’s growth plan.', [
        { path: 'growthActionId', message: 'Choose an action of the report’s growth plan' },
      ]);
    }
  }

  // Someone handed a follow-up to the other participant: tell them (never the title).
  private async tellOwner(
    manager: EntityManager,
    actor: Actor,
    { conversation, otherId }: ParticipantView,
    ownerId: string,
  ): Promise<void> {
    if (ownerId !== otherId) return;
    const actorName =
      actor.personId === conversation.reportId ? conversation.report?.name : conversation.manager?.name;
    await this.notifications.notify(manager, {
      organizationId: actor.organizationId,
      personId: otherId,
      kind: 'action_item_assigned',
      title: `${actorName ?? 'Someone'} gave you an action item from your career conversation`,
      link: conversationLink(conversation, otherId),
      subjectId: conversation.id,
    });
  }
}

const changedFields = (patch: ActionItemPatch): string =>
  Object.keys(patch)
    .filter((key) => key !== 'version')
    .sort()
    .join(',');
