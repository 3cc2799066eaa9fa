import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ExportsModule } from '../exports/exports.module';
import { AdminEraseService } from './admin-erase.service';
import { AdminPeopleRepository } from './admin-people.repository';
import { AdminPeopleService } from './admin-people.service';
import { AdminPersonExportService } from './admin-person-export.service';
import { AdminController } from './admin.controller';

/** The organization admin's operations: people and roles, deactivation, GDPR export and erasure. */
@Module({
  // ExportsModule: the person's own export document, which the GDPR export reuses.
  imports: [AuditModule, ExportsModule],
  controllers: [AdminController],
  providers: [AdminPeopleService, AdminPeopleRepository, AdminPersonExportService, AdminEraseService],
})
export class AdminModule {}
