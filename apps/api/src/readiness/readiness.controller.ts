import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { ReadinessAnswerSchema, type ReadinessAnswer } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { ReadinessService } from './readiness.service';

// An id-less clone: the registry ids stay on the schemas nested in other documents.
// A constant, not a class (a class cannot extend a union of two shapes), named for
// the OpenAPI document like the classes are.
const ReadinessAnswerDto = Object.defineProperty(createZodDto(ReadinessAnswerSchema.clone()), 'name', {
  value: 'ReadinessAnswerDto',
});

@ApiTags('readiness')
@ApiBearerAuth()
@Controller('people/:personId/readiness')
export class ReadinessController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get()
  @ZodResponse({
    type: ReadinessAnswerDto,
    description:
      'Toward the aspiration’s target level: the full view (`view: "full"`) for the person and their chain, ' +
      'the summary (`view: "summary"`) for HR when the aspiration is shared with HR; 404 otherwise or without an aspiration',
  })
  get(
    @CurrentActor() actor: Actor,
    @Param('personId', ParseUUIDPipe) personId: string,
    @CorrelationId() correlationId: string,
  ): Promise<ReadinessAnswer> {
    return this.readiness.get(actor, personId, correlationId);
  }
}
