import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  EvidenceInputSchema,
  EvidencePatchSchema,
  EvidenceQuerySchema,
  EvidenceReviewInputSchema,
  EvidenceSchema,
  EvidenceWithHistorySchema,
  PageQuerySchema,
  pageSchema,
  PendingReviewSchema,
  type Evidence,
  type EvidenceWithHistory,
  type Page,
  type PendingReview,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { EvidenceReviewsService } from './evidence-reviews.service';
import { EvidenceService } from './evidence.service';

// Id-less clones: the registry ids stay on the schemas nested in other documents.
class EvidenceDto extends createZodDto(EvidenceSchema.clone()) {}
class EvidenceWithHistoryDto extends createZodDto(EvidenceWithHistorySchema.clone()) {}
class EvidencePageDto extends createZodDto(pageSchema(EvidenceSchema)) {}
class PendingReviewPageDto extends createZodDto(pageSchema(PendingReviewSchema)) {}
class EvidenceInputDto extends createZodDto(EvidenceInputSchema.clone()) {}
class EvidencePatchDto extends createZodDto(EvidencePatchSchema.clone()) {}
class EvidenceReviewInputDto extends createZodDto(EvidenceReviewInputSchema.clone()) {}
class EvidenceQueryDto extends createZodDto(EvidenceQuerySchema) {}
class PageQueryDto extends createZodDto(PageQuerySchema) {}

@ApiTags('evidence')
@ApiBearerAuth()
@Controller()
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly reviews: EvidenceReviewsService,
  ) {}

  @Get('people/:personId/evidence')
  @ZodResponse({
    type: EvidencePageDto,
    description: 'Newest first; the person and their management chain (404 for anyone else)',
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Query() query: EvidenceQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<Evidence>> {
    return this.evidence.list(actor, personId, query, correlationId);
  }

  @Post('people/:personId/evidence')
  @HttpCode(HttpStatus.CREATED)
  @ZodResponse({
    status: HttpStatus.CREATED,
    type: EvidenceDto,
    description: 'Logged (self only) and sent to the direct manager for review',
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() input: EvidenceInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<Evidence> {
    return this.evidence.create(actor, personId, input, correlationId);
  }

  @Get('evidence/:id')
  @ZodResponse({ type: EvidenceWithHistoryDto, description: 'One piece with its review history' })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<EvidenceWithHistory> {
    return this.evidence.get(actor, id, correlationId);
  }

  @Patch('evidence/:id')
  @ZodResponse({
    type: EvidenceDto,
    description: 'Edit (author only); send the version you read. Back to submitted.',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() patch: EvidencePatchDto,
    @CorrelationId() correlationId: string,
  ): Promise<Evidence> {
    return this.evidence.update(actor, id, patch, correlationId);
  }

  @Post('evidence/:id/review')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({ type: EvidenceDto, description: 'Review (the direct manager only)' })
  review(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: EvidenceReviewInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<Evidence> {
    return this.reviews.review(actor, id, input, correlationId);
  }

  @Get('reviews/pending')
  @ZodResponse({
    type: PendingReviewPageDto,
    description: 'Evidence of your direct reports waiting for your review, oldest first',
  })
  pending(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<PendingReview>> {
    return this.reviews.pending(actor, query, correlationId);
  }
}
