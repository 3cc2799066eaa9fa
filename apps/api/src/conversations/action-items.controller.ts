import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  ActionItemInputSchema,
  ActionItemPatchSchema,
  ActionItemSchema,
  type ActionItem,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { ActionItemsService } from './action-items.service';

// Id-less clones: the registry ids stay on the schemas nested in other documents.
class ActionItemDto extends createZodDto(ActionItemSchema.clone()) {}
class ActionItemInputDto extends createZodDto(ActionItemInputSchema.clone()) {}
class ActionItemPatchDto extends createZodDto(ActionItemPatchSchema.clone()) {}

@ApiTags('conversations')
@ApiBearerAuth()
@Controller()
export class ActionItemsController {
  constructor(private readonly actionItems: ActionItemsService) {}

  @Post('conversations/:id/action-items')
  @HttpCode(HttpStatus.CREATED)
  @ZodResponse({
    status: HttpStatus.CREATED,
    type: ActionItemDto,
    description:
      "Adds a follow-up (participants only): owned by one of the two, optionally linked to an action of the report's growth plan",
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: ActionItemInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<ActionItem> {
    return this.actionItems.create(actor, id, input, correlationId);
  }

  @Patch('action-items/:id')
  @ZodResponse({
    type: ActionItemDto,
    description:
      'Edits a follow-up, e.g. ticks it done (participants only); send the version you read (stale: 409)',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() patch: ActionItemPatchDto,
    @CorrelationId() correlationId: string,
  ): Promise<ActionItem> {
    return this.actionItems.update(actor, id, patch, correlationId);
  }
}
