import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ImportsController } from './imports.controller';
import { PeopleImportRepository } from './people-import.repository';
import { PeopleImportService } from './people-import.service';

/** Org chart import: CSV, a dry run first, then all-or-nothing apply. */
@Module({
  imports: [AuditModule],
  controllers: [ImportsController],
  providers: [PeopleImportService, PeopleImportRepository],
})
export class ImportsModule {}
