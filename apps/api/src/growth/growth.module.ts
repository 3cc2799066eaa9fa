import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope/scope.module';
import { AspirationsController } from './aspirations.controller';
import { AspirationsService } from './aspirations.service';
import { GoalsController } from './goals.controller';
import { GoalsService } from './goals.service';
import { GrowthActionsController } from './growth-actions.controller';
import { GrowthActionsService } from './growth-actions.service';
import { GrowthPlanAccess } from './growth-plan-access';
import { GrowthPlanRepository } from './growth-plan.repository';
import { GrowthPlansController } from './growth-plans.controller';
import { GrowthPlansService } from './growth-plans.service';

@Module({
  imports: [ScopeModule, AuditModule],
  controllers: [AspirationsController, GrowthPlansController, GoalsController, GrowthActionsController],
  providers: [
    AspirationsService,
    GrowthPlansService,
    GoalsService,
    GrowthActionsService,
    GrowthPlanAccess,
    GrowthPlanRepository,
  ],
})
export class GrowthModule {}
