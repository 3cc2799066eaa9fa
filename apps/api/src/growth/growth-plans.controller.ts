import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { GoalInputSchema, GoalSchema, GrowthPlanSchema, type Goal, type GrowthPlan } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { GrowthPlansService } from './growth-plans.service';

// Id-less clones: the registry ids stay on the schemas nested in other documents.
class GrowthPlanDto extends createZodDto(GrowthPlanSchema.clone()) {}
class GoalDto extends createZodDto(GoalSchema.clone()) {}
class GoalInputDto extends createZodDto(GoalInputSchema.clone()) {}

@ApiTags('growth')
@ApiBearerAuth()
@Controller('people/:personId/growth-plan')
export class GrowthPlansController {
  constructor(private readonly plans: GrowthPlansService) {}

  @Get()
  @ZodResponse({
    type: GrowthPlanDto,
    description:
      'The active plan with its goals and actions (the person and their management chain; 404 for ' +
      'anyone else, HR included). Without a plan yet: an empty one, with id null and version 0.',
  })
  get(
    @CurrentActor() actor: Actor,
    @Param('personId', ParseUUIDPipe) personId: string,
    @CorrelationId() correlationId: string,
  ): Promise<GrowthPlan> {
    return this.plans.get(actor, personId, correlationId);
  }

  @Post('goals')
  @HttpCode(HttpStatus.CREATED)
  @ZodResponse({
    status: HttpStatus.CREATED,
    type: GoalDto,
    description:
      'Adds a goal on a criterion of the published ladder (the person only; their manager 403). ' +
      'The first goal creates the plan.',
  })
  addGoal(
    @CurrentActor() actor: Actor,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() input: GoalInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<Goal> {
    return this.plans.addGoal(actor, personId, input, correlationId);
  }
}
