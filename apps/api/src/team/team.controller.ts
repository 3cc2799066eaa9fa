import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { TeamOverviewSchema, TeamQuerySchema, type TeamOverview } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { TeamOverviewService } from './team-overview.service';

class TeamOverviewDto extends createZodDto(TeamOverviewSchema.clone()) {}
class TeamQueryDto extends createZodDto(TeamQuerySchema) {}

@ApiTags('team')
@ApiBearerAuth()
@Controller('team')
export class TeamController {
  constructor(private readonly team: TeamOverviewService) {}

  @Get()
  @ZodResponse({
    type: TeamOverviewDto,
    description:
      'Your reports at a glance (depth=all: your whole subtree). Anyone may ask: with no reports the list is empty.',
  })
  overview(
    @CurrentActor() actor: Actor,
    @Query() query: TeamQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<TeamOverview> {
    return this.team.overview(actor, query, correlationId);
  }
}
