import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope/scope.module';
import { ReadinessModule } from '../readiness/readiness.module';
import { HandoverNotesController } from './handover-notes.controller';
import { HandoverNotesService } from './handover-notes.service';
import { NudgeScheduler } from './nudge-scheduler';
import { NudgesService } from './nudges.service';
import { OrganizationSettingsController } from './organization-settings.controller';
import { OrganizationSettingsService } from './organization-settings.service';
import { TeamOverviewRepository } from './team-overview.repository';
import { TeamOverviewService } from './team-overview.service';
import { TeamController } from './team.controller';

/** The manager's side: the team overview, nudges, handover notes, and the setting behind the nudges. */
@Module({
  imports: [ScopeModule, AuditModule, ReadinessModule],
  controllers: [TeamController, OrganizationSettingsController, HandoverNotesController],
  providers: [
    TeamOverviewService,
    TeamOverviewRepository,
    OrganizationSettingsService,
    HandoverNotesService,
    NudgesService,
    NudgeScheduler,
  ],
  exports: [NudgesService],
})
export class TeamModule {}
