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
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  FrameworkSchema,
  FrameworkSummarySchema,
  LevelDiffQuerySchema,
  LevelDiffSchema,
  PageQuerySchema,
  pageSchema,
  type Framework,
  type FrameworkDocument,
  type FrameworkSummary,
  type LevelDiff,
  type Page,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { FrameworksService } from './frameworks.service';

// Root DTOs wrap an id-less clone: nestjs-zod names a DTO after its class, and a root
// schema that also carries a registry id would be emitted twice under one name.
class FrameworkDto extends createZodDto(FrameworkSchema.clone()) {}
class FrameworkSummaryDto extends createZodDto(FrameworkSummarySchema.clone()) {}
class FrameworkPageDto extends createZodDto(pageSchema(FrameworkSummarySchema)) {}
class PageQueryDto extends createZodDto(PageQuerySchema) {}
class LevelDiffDto extends createZodDto(LevelDiffSchema.clone()) {}
class LevelDiffQueryDto extends createZodDto(LevelDiffQuerySchema) {}

// The exchange format's JSON Schema is committed beside the zod schema that generates it.
const FRAMEWORK_DOCUMENT_SCHEMA_REF = {
  description: 'A trellis.framework/v1 document; see libs/domain/src/lib/frameworks/framework-document.md',
  type: 'object',
} as const;

@ApiTags('frameworks')
@ApiBearerAuth()
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  @ZodResponse({
    type: FrameworkPageDto,
    description: 'Career frameworks: published ones, and drafts for HR and admins',
  })
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<FrameworkSummary>> {
    return this.frameworks.list(actor, query);
  }

  @Get(':id')
  @ZodResponse({ type: FrameworkDto, description: 'Tracks, levels, criteria and expectations' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<Framework> {
    return this.frameworks.get(actor, id);
  }

  @Get(':id/diff')
  @ZodResponse({ type: LevelDiffDto, description: 'What changes per criterion from one level to another' })
  diff(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: LevelDiffQueryDto,
  ): Promise<LevelDiff> {
    return this.frameworks.diff(actor, id, query.from, query.to);
  }

  @Get(':id/export')
  @RequireRoles('hr', 'admin')
  @ApiOkResponse({
    schema: FRAMEWORK_DOCUMENT_SCHEMA_REF,
    description: 'The framework as trellis.framework/v1',
  })
  exportDocument(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<FrameworkDocument> {
    return this.frameworks.exportDocument(actor, id);
  }

  @Post('import')
  @RequireRoles('hr', 'admin')
  @HttpCode(HttpStatus.CREATED)
  @ApiBody({ schema: FRAMEWORK_DOCUMENT_SCHEMA_REF })
  @ZodResponse({
    status: HttpStatus.CREATED,
    type: FrameworkSummaryDto,
    description: 'Imported as a new draft',
  })
  importDocument(@CurrentActor() actor: Actor, @Body() body: unknown): Promise<FrameworkSummary> {
    return this.frameworks.importDocument(actor, body);
  }
}
