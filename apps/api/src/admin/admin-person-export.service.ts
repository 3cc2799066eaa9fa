import { Injectable } from '@nestjs/common';

import { ADMIN_EXPORT_EXCLUDED, ADMIN_PERSON_EXPORT_FORMAT, type AdminPersonExport } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { TenantDatabase } from '../database/tenant-database';
import { MyDataDocumentBuilder } from '../exports/my-data-document.builder';
import { PersonEntity } from '../people/person.entity';
import { notFound } from './admin-people.service';

/**
 * A person's data for a GDPR access request, made by an admin: the person's own
 * export, built by the same code in one snapshot and a fixed number of statements,
 * without any private note (not even the person's own: this export is made by
 * someone else, DESIGN.md). A deliberate read of their record, so it is audited.
 */
@Injectable()
export class AdminPersonExportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly documents: MyDataDocumentBuilder,
    private readonly audit: AuditService,
  ) {}

  exportPerson(actor: Actor, personId: string, correlationId: string): Promise<AdminPersonExport> {
    const exportedAt = new Date();
    return this.db.transaction(actor.organizationId, async (manager) => {
      // privateNotesOf null: no private note is even selected.
      const built = await this.documents.build(
        manager,
        { organizationId: actor.organizationId, personId },
        { privateNotesOf: null },
      );
      if (!built) throw notFound();
      const admin = await manager.findOne(PersonEntity, {
        where: { id: actor.personId, organizationId: actor.organizationId },
        select: { id: true, name: true },
      });
      const document: AdminPersonExport = {
        format: ADMIN_PERSON_EXPORT_FORMAT,
        exportedAt: exportedAt.toISOString(),
        exportedBy: { id: actor.personId, name: admin?.name ?? '' },
        excluded: [...ADMIN_EXPORT_EXCLUDED],
        ...built.content,
      };

      await this.audit.record(manager, {
        actor,
        action: 'person.export',
        targetType: 'person',
        targetId: personId,
        subjectPersonId: personId,
        correlationId,
        details: { format: ADMIN_PERSON_EXPORT_FORMAT, as: 'admin' },
      });
      return document;
    });
  }
}
