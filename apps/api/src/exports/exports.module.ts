import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ExportsController } from './exports.controller';
import { MyDataDocumentBuilder } from './my-data-document.builder';
import { MyDataExportService } from './my-data-export.service';
import { MyDataRepository } from './my-data.repository';

@Module({
  imports: [AuditModule],
  controllers: [ExportsController],
  providers: [MyDataExportService, MyDataDocumentBuilder, MyDataRepository],
  // The admin's GDPR export builds the same document (without private notes).
  exports: [MyDataDocumentBuilder],
})
export class ExportsModule {}
