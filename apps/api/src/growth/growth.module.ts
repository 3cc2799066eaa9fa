import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope/scope.module';
import { AspirationsController } from './aspirations.controller';
import { AspirationsService } from './aspirations.service';

@Module({
  imports: [ScopeModule, AuditModule],
  controllers: [AspirationsController],
  providers: [AspirationsService],
})
export class GrowthModule {}
