import { Controller, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  PEOPLE_IMPORT_CONTENT_TYPE,
  PeopleImportQuerySchema,
  PeopleImportResultSchema,
  type PeopleImportResult,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { CsvBody } from './csv-body.decorator';
import { PeopleImportService } from './people-import.service';

class PeopleImportQueryDto extends createZodDto(PeopleImportQuerySchema) {}
class PeopleImportResultDto extends createZodDto(PeopleImportResultSchema.clone()) {}

// HR and admins (permissions.ts grants people:import to both): everyone else 403.
@ApiTags('imports')
@ApiBearerAuth()
@RequireRoles('hr', 'admin')
@Controller('imports')
export class ImportsController {
  constructor(private readonly people: PeopleImportService) {}

  @Post('people')
  @HttpCode(HttpStatus.OK)
  @ApiConsumes(PEOPLE_IMPORT_CONTENT_TYPE)
  @ApiBody({
    description:
      'RFC 4180 CSV with a header row: email, name, title, team, manager email, level, hire date (max 5 MB)',
    schema: { type: 'string' },
  })
  @ZodResponse({
    type: PeopleImportResultDto,
    description:
      'dry-run (default): every bad row and what an apply would change, nothing written; apply: all or nothing (422 with the same errors)',
  })
  importPeople(
    @CurrentActor() actor: Actor,
    @Query() query: PeopleImportQueryDto,
    @CsvBody() csv: string,
    @CorrelationId() correlationId: string,
  ): Promise<PeopleImportResult> {
    return this.people.run(actor, csv, query.mode, correlationId);
  }
}
