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
  pageSchema,
  PositionBenchSchema,
  PositionFilledSchema,
  PositionFillInputSchema,
  PositionInputSchema,
  PositionListQuerySchema,
  PositionSchema,
  type Page,
  type Position,
  type PositionBench,
  type PositionFilled,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { PositionBenchService } from './position-bench.service';
import { PositionFillService } from './position-fill.service';
import { PositionsService } from './positions.service';

// Id-less clones: the registry ids stay on the schemas nested in other documents.
class PositionDto extends createZodDto(PositionSchema.clone()) {}
class PositionPageDto extends createZodDto(pageSchema(PositionSchema)) {}
class PositionListQueryDto extends createZodDto(PositionListQuerySchema) {}
class PositionInputDto extends createZodDto(PositionInputSchema.clone()) {}
class PositionBenchDto extends createZodDto(PositionBenchSchema.clone()) {}
class PositionFillInputDto extends createZodDto(PositionFillInputSchema.clone()) {}
class PositionFilledDto extends createZodDto(PositionFilledSchema.clone()) {}

@ApiTags('positions')
@ApiBearerAuth()
@Controller('positions')
export class PositionsController {
  constructor(
    private readonly positions: PositionsService,
    private readonly benches: PositionBenchService,
    private readonly fills: PositionFillService,
  ) {}

  @Get()
  @ZodResponse({
    type: PositionPageDto,
    description: 'HR: every seat of the organization; others: the seats of the teams of their chain',
  })
  list(@CurrentActor() actor: Actor, @Query() query: PositionListQueryDto): Promise<Page<Position>> {
    return this.positions.list(actor, query);
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ZodResponse({ type: PositionDto, status: HttpStatus.CREATED, description: 'Open a seat (HR only)' })
  create(
    @CurrentActor() actor: Actor,
    @Body() input: PositionInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<Position> {
    return this.positions.create(actor, input, correlationId);
  }

  @Get(':id/bench')
  @ZodResponse({
    type: PositionBenchDto,
    description: 'The internal candidates for the seat, readiest first (404 outside your scope)',
  })
  bench(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<PositionBench> {
    return this.benches.bench(actor, id, correlationId);
  }

  @Post(':id/fill')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    type: PositionFilledDto,
    description: 'Give an open seat to someone in the organization and record the move (HR only)',
  })
  fill(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: PositionFillInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<PositionFilled> {
    return this.fills.fill(actor, id, input, correlationId);
  }
}
