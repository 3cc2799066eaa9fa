import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope/scope.module';
import { ReadinessController } from './readiness.controller';
import { ReadinessService } from './readiness.service';

/** Readiness toward the aspiration; ReadinessService.readinessOf is the batch loader for other features. */
@Module({
  imports: [ScopeModule, AuditModule],
  controllers: [ReadinessController],
  providers: [ReadinessService],
  exports: [ReadinessService],
})
export class ReadinessModule {}
