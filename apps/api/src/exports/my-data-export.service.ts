import { Injectable } from '@nestjs/common';

import { MY_DATA_EXPORT_FORMAT, type MyDataExport } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { MyDataDocumentBuilder } from './my-data-document.builder';

/**
 * "My data": everything the system holds about the caller, for the caller alone
 * (there is no way to name anyone else), with their own private notes. One snapshot
 * in one transaction, a fixed number of statements whatever the amount of data, and
 * audited.
 */
@Injectable()
export class MyDataExportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly documents: MyDataDocumentBuilder,
    private readonly audit: AuditService,
  ) {}

  exportMine(actor: Actor, correlationId: string): Promise<MyDataExport> {
    const exportedAt = new Date();
    return this.db.transaction(actor.organizationId, async (manager) => {
      const built = await this.documents.build(
        manager,
        { organizationId: actor.organizationId, personId: actor.personId },
        { privateNotesOf: actor.personId },
      );
      if (!built) throw new DomainError('not_found', 'There is no such person.');
      const document: MyDataExport = {
        format: MY_DATA_EXPORT_FORMAT,
        exportedAt: exportedAt.toISOString(),
        ...built.content,
      };

      await this.audit.record(manager, {
        actor,
        action: 'person.export',
        targetType: 'person',
        targetId: actor.personId,
        subjectPersonId: actor.personId,
        correlationId,
        details: { format: MY_DATA_EXPORT_FORMAT },
      });
      return document;
    });
  }
}
