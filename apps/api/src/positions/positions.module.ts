import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope/scope.module';
import { ReadinessModule } from '../readiness/readiness.module';
import { PositionBenchService } from './position-bench.service';
import { PositionChain } from './position-chain';
import { PositionFillService } from './position-fill.service';
import { PositionsController } from './positions.controller';
import { PositionsService } from './positions.service';

/** Seats on teams, their in-house bench, and filling them from inside. */
@Module({
  imports: [ScopeModule, AuditModule, ReadinessModule],
  controllers: [PositionsController],
  providers: [PositionsService, PositionBenchService, PositionFillService, PositionChain],
})
export class PositionsModule {}
