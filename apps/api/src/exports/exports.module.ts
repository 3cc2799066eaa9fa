import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ExportsController } from './exports.controller';
import { MyDataExportService } from './my-data-export.service';
import { MyDataRepository } from './my-data.repository';

@Module({
  imports: [AuditModule],
  controllers: [ExportsController],
  providers: [MyDataExportService, MyDataRepository],
})
export class ExportsModule {}
