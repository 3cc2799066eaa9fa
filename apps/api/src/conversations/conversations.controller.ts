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
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse, ZodValidationPipe } from 'nestjs-zod';

import {
  CancelConversationInputSchema,
  ConversationDetailSchema,
  ConversationListQuerySchema,
  ConversationRequestInputSchema,
  ConversationSchema,
  DeclineConversationInputSchema,
  pageSchema,
  ScheduleConversationInputSchema,
  type CancelConversationInput,
  type Conversation,
  type ConversationDetail,
  type Page,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { ConversationTransitionsService } from './conversation-transitions.service';
import { ConversationsService } from './conversations.service';

// Id-less clones: the registry ids stay on the schemas nested in other documents.
class ConversationDto extends createZodDto(ConversationSchema.clone()) {}
class ConversationDetailDto extends createZodDto(ConversationDetailSchema.clone()) {}
class ConversationPageDto extends createZodDto(pageSchema(ConversationSchema)) {}
class ConversationListQueryDto extends createZodDto(ConversationListQuerySchema) {}
class ConversationRequestInputDto extends createZodDto(ConversationRequestInputSchema.clone()) {}
class ScheduleConversationInputDto extends createZodDto(ScheduleConversationInputSchema.clone()) {}
class DeclineConversationInputDto extends createZodDto(DeclineConversationInputSchema.clone()) {}
class CancelConversationInputDto extends createZodDto(CancelConversationInputSchema.clone()) {}
// Cancelling needs no body at all: a reason is optional.
const OptionalCancelInput = CancelConversationInputSchema.clone().optional();

@ApiTags('conversations')
@ApiBearerAuth()
@Controller('conversations')
export class ConversationsController {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly transitions: ConversationTransitionsService,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ZodResponse({
    status: HttpStatus.CREATED,
    type: ConversationDto,
    description:
      'Requests a conversation with your direct manager or one of your direct reports (others in your scope: 422; outside it: 404); proposed times must be in the future',
  })
  request(
    @CurrentActor() actor: Actor,
    @Body() input: ConversationRequestInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<Conversation> {
    return this.conversations.request(actor, input, correlationId);
  }

  @Get()
  @ZodResponse({
    type: ConversationPageDto,
    description:
      'Your conversations as a participant, latest first by the scheduled time (else the request time), then by id',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ConversationListQueryDto): Promise<Page<Conversation>> {
    return this.conversations.list(actor, query);
  }

  @Get(':id')
  @ZodResponse({
    type: ConversationDetailDto,
    description: 'A conversation with its action items: its two participants only (anyone else: 404)',
  })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ConversationDetail> {
    return this.conversations.get(actor, id);
  }

  @Get(':id/calendar.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    schema: { type: 'string' },
    description: 'The iCalendar (RFC 5545) event of a scheduled conversation (not scheduled: 409)',
  })
  async calendar(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const event = await this.conversations.calendar(actor, id);
    // Set on success only: a refusal stays an application/problem+json answer, not a download.
    response.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="career-conversation.ics"',
      'Cache-Control': 'no-store',
    });
    return event;
  }

  @Post(':id/schedule')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    type: ConversationDto,
    description:
      'Accepts a request at a time (the person asked), or reschedules (either participant; SEQUENCE grows)',
  })
  schedule(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: ScheduleConversationInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<Conversation> {
    return this.transitions.apply(actor, id, { action: 'schedule', at: input.at }, correlationId);
  }

  @Post(':id/decline')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    type: ConversationDto,
    description: 'Declines with a reason (the person asked only; the requester cancels instead: 403)',
  })
  decline(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: DeclineConversationInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<Conversation> {
    return this.transitions.apply(actor, id, { action: 'decline', reason: input.reason }, correlationId);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiBody({ type: CancelConversationInputDto, required: false })
  @ZodResponse({
    type: ConversationDto,
    description: 'Withdraws a request (the requester) or calls off a scheduled conversation (either)',
  })
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodValidationPipe(OptionalCancelInput)) input: CancelConversationInput | undefined,
    @CorrelationId() correlationId: string,
  ): Promise<Conversation> {
    return this.transitions.apply(actor, id, { action: 'cancel', reason: input?.reason }, correlationId);
  }

  @Post(':id/hold')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    type: ConversationDto,
    description: 'Marks a scheduled conversation as held (either participant)',
  })
  hold(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<Conversation> {
    return this.transitions.apply(actor, id, { action: 'hold' }, correlationId);
  }
}
