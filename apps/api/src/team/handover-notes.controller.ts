import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  HandoverNoteInputSchema,
  HandoverNoteSchema,
  HandoverNotesQuerySchema,
  pageSchema,
  type HandoverNote,
  type Page,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { HandoverNotesService } from './handover-notes.service';

class HandoverNoteDto extends createZodDto(HandoverNoteSchema.clone()) {}
class HandoverNotePageDto extends createZodDto(pageSchema(HandoverNoteSchema)) {}
class HandoverNoteInputDto extends createZodDto(HandoverNoteInputSchema.clone()) {}
class HandoverNotesQueryDto extends createZodDto(HandoverNotesQuerySchema) {}

@ApiTags('team')
@ApiBearerAuth()
@Controller('people/:personId/handover-notes')
export class HandoverNotesController {
  constructor(private readonly notes: HandoverNotesService) {}

  @Get()
  @ZodResponse({
    type: HandoverNotePageDto,
    description:
      'Newest first. The person, their management chain (now or later) and the authors (their own notes only); 404 for anyone else',
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Query() query: HandoverNotesQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<HandoverNote>> {
    return this.notes.list(actor, personId, query, correlationId);
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ZodResponse({
    type: HandoverNoteDto,
    status: HttpStatus.CREATED,
    description:
      'The direct manager leaves a note for whoever manages the person next (others in the chain: 403)',
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() input: HandoverNoteInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<HandoverNote> {
    return this.notes.create(actor, personId, input, correlationId);
  }
}
