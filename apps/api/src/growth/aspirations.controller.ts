import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { AspirationInputSchema, AspirationSchema, type Aspiration } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { AspirationsService } from './aspirations.service';

// Id-less clones: the registry ids stay on the schemas nested in other documents.
class AspirationDto extends createZodDto(AspirationSchema.clone()) {}
class AspirationInputDto extends createZodDto(AspirationInputSchema.clone()) {}

@ApiTags('growth')
@ApiBearerAuth()
@Controller('people/:personId/aspiration')
export class AspirationsController {
  constructor(private readonly aspirations: AspirationsService) {}

  @Get()
  @ZodResponse({
    type: AspirationDto,
    description: 'The target and self-assessment (404 when none, or outside scope)',
  })
  get(
    @CurrentActor() actor: Actor,
    @Param('personId', ParseUUIDPipe) personId: string,
    @CorrelationId() correlationId: string,
  ): Promise<Aspiration> {
    return this.aspirations.get(actor, personId, correlationId);
  }

  @Put()
  @ZodResponse({
    type: AspirationDto,
    description: 'Set or change it (self only); send the version you read',
  })
  put(
    @CurrentActor() actor: Actor,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() input: AspirationInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<Aspiration> {
    return this.aspirations.put(actor, personId, input, correlationId);
  }
}
