import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  FrameworkChangesAnswerSchema,
  FrameworkDocumentReadSchema,
  FrameworkDocumentSaveSchema,
  FrameworkListItemSchema,
  FrameworkPublishSchema,
  FrameworkSchema,
  FrameworkSummarySchema,
  LevelDiffQuerySchema,
  LevelDiffSchema,
  PageQuerySchema,
  pageSchema,
  type Framework,
  type FrameworkChangesAnswer,
  type FrameworkDocument,
  type FrameworkListItem,
  type FrameworkSummary,
  type LevelDiff,
  type Page,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { FrameworkDraftsService } from './framework-drafts.service';
import { FrameworksService } from './frameworks.service';

// Root DTOs wrap an id-less clone: nestjs-zod names a DTO after its class, and a root
// schema that also carries a registry id would be emitted twice under one name.
class FrameworkDto extends createZodDto(FrameworkSchema.clone()) {}
class FrameworkSummaryDto extends createZodDto(FrameworkSummarySchema.clone()) {}
class FrameworkListItemDto extends createZodDto(FrameworkListItemSchema.clone()) {}
class FrameworkPageDto extends createZodDto(pageSchema(FrameworkListItemSchema)) {}
class FrameworkDocumentReadDto extends createZodDto(FrameworkDocumentReadSchema.clone()) {}
class FrameworkDocumentSaveDto extends createZodDto(FrameworkDocumentSaveSchema.clone()) {}
class FrameworkPublishDto extends createZodDto(FrameworkPublishSchema.clone()) {}
class FrameworkChangesAnswerDto extends createZodDto(FrameworkChangesAnswerSchema.clone()) {}
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
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly drafts: FrameworkDraftsService,
  ) {}

  @Get()
  @ZodResponse({
    type: FrameworkPageDto,
    description:
      'Career frameworks: published ones, and drafts for HR and admins; `current` marks the highest published version of each name',
  })
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<FrameworkListItem>> {
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

  @Post(':id/drafts')
  @RequireRoles('hr', 'admin')
  @HttpCode(HttpStatus.CREATED)
  @ZodResponse({
    status: HttpStatus.CREATED,
    type: FrameworkListItemDto,
    description: 'A new draft copied from this published version (409 when a draft of the name exists)',
  })
  startDraft(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<FrameworkListItem> {
    return this.drafts.startDraft(actor, id, correlationId);
  }

  @Get(':id/document')
  @RequireRoles('hr', 'admin')
  @ZodResponse({
    type: FrameworkDocumentReadDto,
    description: 'The version as trellis.framework/v1, with the revision to send back when saving',
  })
  readDocument(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<{ framework: FrameworkListItem; document: FrameworkDocument }> {
    return this.drafts.readDocument(actor, id);
  }

  @Put(':id/document')
  @RequireRoles('hr', 'admin')
  @ZodResponse({
    type: FrameworkListItemDto,
    description:
      'Replaces a draft with the document (same name and version); 409 when published or when the revision is stale',
  })
  saveDocument(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: FrameworkDocumentSaveDto,
    @CorrelationId() correlationId: string,
  ): Promise<FrameworkListItem> {
    return this.drafts.saveDocument(actor, id, input, correlationId);
  }

  @Get(':id/changes')
  @RequireRoles('hr', 'admin')
  @ZodResponse({
    type: FrameworkChangesAnswerDto,
    description: 'What this version changes against the published one, by stable key',
  })
  changes(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<FrameworkChangesAnswer> {
    return this.drafts.changes(actor, id);
  }

  @Post(':id/publish')
  @RequireRoles('hr', 'admin')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    type: FrameworkListItemDto,
    description:
      'Publishes the draft and moves people, aspirations and open positions to its levels; 409 when a removed level is in use',
  })
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: FrameworkPublishDto,
    @CorrelationId() correlationId: string,
  ): Promise<FrameworkListItem> {
    return this.drafts.publish(actor, id, input.revision, correlationId);
  }
}
