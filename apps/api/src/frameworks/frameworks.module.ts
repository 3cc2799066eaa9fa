import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { FrameworkDraftsService } from './framework-drafts.service';
import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';

@Module({
  imports: [AuditModule],
  controllers: [FrameworksController],
  providers: [FrameworksService, FrameworkDraftsService],
})
export class FrameworksModule {}
