import { Body, Controller, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { GrowthActionPatchSchema, type GrowthAction } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { GrowthActionDto } from './growth-action.dto';
import { GrowthActionsService } from './growth-actions.service';

// Id-less clone: the registry id stays on the schema for other documents.
class GrowthActionPatchDto extends createZodDto(GrowthActionPatchSchema.clone()) {}

@ApiTags('growth')
@ApiBearerAuth()
@Controller('actions/:id')
export class GrowthActionsController {
  constructor(private readonly actions: GrowthActionsService) {}

  @Patch()
  @ZodResponse({
    type: GrowthActionDto,
    description:
      'Edits an action (the person only); send the version you read (stale or missing: 409). ' +
      'Follow-up date and thank-you apply to informational interviews only (400 otherwise).',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() patch: GrowthActionPatchDto,
    @CorrelationId() correlationId: string,
  ): Promise<GrowthAction> {
    return this.actions.update(actor, id, patch, correlationId);
  }
}
