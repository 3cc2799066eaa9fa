import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  conversationIntervalProblem,
  type OrganizationSettings,
  type OrganizationSettingsInput,
} from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { OrganizationEntity } from '../organizations/organization.entity';

/** The organization's settings: every member reads them, HR and admins change them. */
@Injectable()
export class OrganizationSettingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  get(actor: Actor): Promise<OrganizationSettings> {
    return this.db.transaction(actor.organizationId, (manager) => this.read(manager, actor));
  }

  /** One setting, so the last write wins; the change is audited with both values. */
  put(actor: Actor, input: OrganizationSettingsInput, correlationId: string): Promise<OrganizationSettings> {
    const problem = conversationIntervalProblem(input.conversationIntervalDays);
    if (problem) {
      throw new DomainError('invalid', 'The career-conversation interval is out of range.', [
        { path: 'conversationIntervalDays', message: problem },
      ]);
    }
    return this.db.transaction(actor.organizationId, async (manager) => {
      const before = await this.read(manager, actor);
      await manager.update(
        OrganizationEntity,
        { id: actor.organizationId },
        { conversationIntervalDays: input.conversationIntervalDays },
      );
      await this.audit.record(manager, {
        actor,
        action: 'organization.settings.update',
        targetType: 'organization',
        targetId: actor.organizationId,
        subjectPersonId: null,
        correlationId,
        details: {
          conversationIntervalDaysBefore: before.conversationIntervalDays,
          conversationIntervalDays: input.conversationIntervalDays,
        },
      });
      return { conversationIntervalDays: input.conversationIntervalDays };
    });
  }

  private async read(manager: EntityManager, actor: Actor): Promise<OrganizationSettings> {
    const organization = await manager.findOne(OrganizationEntity, {
      where: { id: actor.organizationId },
      select: { id: true, conversationIntervalDays: true },
    });
    if (!organization) throw new DomainError('not_found', 'There is no such organization.');
    return { conversationIntervalDays: organization.conversationIntervalDays };
  }
}
