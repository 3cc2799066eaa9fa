import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  MobilityPathsFilterSchema,
  MobilityPathsReportSchema,
  MobilityTeamsQuerySchema,
  MobilityTeamsReportSchema,
  MobilityTrendsQuerySchema,
  MobilityTrendsSchema,
  type MobilityPathsReport,
  type MobilityTeamsReport,
  type MobilityTrends,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { MobilityService } from './mobility.service';

class MobilityPathsFilterDto extends createZodDto(MobilityPathsFilterSchema) {}
class MobilityPathsReportDto extends createZodDto(MobilityPathsReportSchema.clone()) {}
class MobilityTeamsQueryDto extends createZodDto(MobilityTeamsQuerySchema) {}
class MobilityTeamsReportDto extends createZodDto(MobilityTeamsReportSchema.clone()) {}
class MobilityTrendsQueryDto extends createZodDto(MobilityTrendsQuerySchema) {}
class MobilityTrendsDto extends createZodDto(MobilityTrendsSchema.clone()) {}

// HR only (permissions.ts grants mobility:read to `hr` alone): everyone else 403.
@ApiTags('mobility')
@ApiBearerAuth()
@RequireRoles('hr')
@Controller('mobility')
export class MobilityController {
  constructor(private readonly mobility: MobilityService) {}

  @Get('paths')
  @ZodResponse({
    type: MobilityPathsReportDto,
    description:
      'HR: flows between levels, tracks or teams (`by`), filtered by dates, team, discipline, kind',
  })
  paths(@CurrentActor() actor: Actor, @Query() query: MobilityPathsFilterDto): Promise<MobilityPathsReport> {
    return this.mobility.paths(actor, query);
  }

  @Get('trends')
  @ZodResponse({
    type: MobilityTrendsDto,
    description:
      'HR: moves per calendar quarter by kind, every quarter of the window listed (default: the last 8 ' +
      'quarters up to today), filtered like /api/mobility/paths',
  })
  trends(@CurrentActor() actor: Actor, @Query() query: MobilityTrendsQueryDto): Promise<MobilityTrends> {
    return this.mobility.trends(actor, query);
  }

  @Get('teams')
  @ZodResponse({
    type: MobilityTeamsReportDto,
    description: 'HR: per-team precedent figures, each with its definition (404 for an unknown teamId)',
  })
  teams(@CurrentActor() actor: Actor, @Query() query: MobilityTeamsQueryDto): Promise<MobilityTeamsReport> {
    return this.mobility.teams(actor, query);
  }
}
