import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { NotesInputSchema, NotesSchema, type Notes } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { ConversationNotesService } from './conversation-notes.service';

// Id-less clones: the registry ids stay on the schemas nested in other documents.
class NotesDto extends createZodDto(NotesSchema.clone()) {}
class NotesInputDto extends createZodDto(NotesInputSchema.clone()) {}

@ApiTags('conversations')
@ApiBearerAuth()
@Controller('conversations/:id/notes')
export class ConversationNotesController {
  constructor(private readonly notes: ConversationNotesService) {}

  @Get('shared')
  @ZodResponse({
    type: NotesDto,
    description: 'The notes both participants see (empty at version 0 before the first write)',
  })
  getShared(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<Notes> {
    return this.notes.get(actor, id, 'shared');
  }

  @Put('shared')
  @ZodResponse({
    type: NotesDto,
    description: 'Writes the shared notes; send the version you read (0 for the first write; stale: 409)',
  })
  putShared(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: NotesInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<Notes> {
    return this.notes.put(actor, id, 'shared', input, correlationId);
  }

  @Get('private')
  @ZodResponse({
    type: NotesDto,
    description:
      "Your own private notes: never the other participant's (empty at version 0 before the first write)",
  })
  getPrivate(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<Notes> {
    return this.notes.get(actor, id, 'private');
  }

  @Put('private')
  @ZodResponse({
    type: NotesDto,
    description:
      'Writes your own private notes; send the version you read (0 for the first write; stale: 409)',
  })
  putPrivate(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: NotesInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<Notes> {
    return this.notes.put(actor, id, 'private', input, correlationId);
  }
}
