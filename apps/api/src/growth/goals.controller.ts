import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse, ZodValidationPipe } from 'nestjs-zod';

import {
  GoalPatchSchema,
  GoalSchema,
  type Goal,
  type GrowthAction,
  type GrowthActionInput,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { GoalsService } from './goals.service';
import { GrowthActionDto, GrowthActionInputDto } from './growth-action.dto';

// Id-less clones: the registry ids stay on the schemas nested in other documents.
class GoalDto extends createZodDto(GoalSchema.clone()) {}
class GoalPatchDto extends createZodDto(GoalPatchSchema.clone()) {}

@ApiTags('growth')
@ApiBearerAuth()
@Controller('goals/:id')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Patch()
  @ZodResponse({
    type: GoalDto,
    description: 'Edits a goal (the person only); send the version you read (stale or missing: 409)',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() patch: GoalPatchDto,
    @CorrelationId() correlationId: string,
  ): Promise<Goal> {
    return this.goals.update(actor, id, patch, correlationId);
  }

  @Post('actions')
  @HttpCode(HttpStatus.CREATED)
  @ApiBody({ type: GrowthActionInputDto })
  @ZodResponse({
    status: HttpStatus.CREATED,
    type: GrowthActionDto,
    description: 'Adds an action to a goal (the person only); it starts planned',
  })
  addAction(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    // A union DTO is no class, so the global pipe cannot find it: validate explicitly.
    @Body(new ZodValidationPipe(GrowthActionInputDto)) input: GrowthActionInput,
    @CorrelationId() correlationId: string,
  ): Promise<GrowthAction> {
    return this.goals.addAction(actor, id, input, correlationId);
  }
}
