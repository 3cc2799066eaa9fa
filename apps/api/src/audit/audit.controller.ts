import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  AccessLogEntrySchema,
  AuditEventSchema,
  AuditQuerySchema,
  PageQuerySchema,
  pageSchema,
  type AccessLogEntry,
  type AuditEvent,
  type Page,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { AuditService } from './audit.service';

class AccessLogPageDto extends createZodDto(pageSchema(AccessLogEntrySchema)) {}
class AuditPageDto extends createZodDto(pageSchema(AuditEventSchema)) {}
class PageQueryDto extends createZodDto(PageQuerySchema) {}
class AuditQueryDto extends createZodDto(AuditQuerySchema) {}

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('me/access-log')
  @ZodResponse({
    type: AccessLogPageDto,
    description: 'Who has looked at or changed my record, newest first',
  })
  accessLog(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<AccessLogEntry>> {
    return this.audit.accessLog(actor, query);
  }

  @Get('audit')
  @RequireRoles('admin')
  @ZodResponse({ type: AuditPageDto, description: "The organization's audit trail, newest first" })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<Page<AuditEvent>> {
    return this.audit.list(actor, query);
  }
}
