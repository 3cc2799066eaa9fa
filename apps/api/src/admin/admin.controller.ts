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
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  AdminEraseInputSchema,
  AdminPeopleQuerySchema,
  AdminPersonExportSchema,
  AdminPersonPatchSchema,
  AdminPersonSchema,
  pageSchema,
  type AdminPerson,
  type AdminPersonExport,
  type Page,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { AdminEraseService } from './admin-erase.service';
import { AdminPeopleService } from './admin-people.service';
import { AdminPersonExportService } from './admin-person-export.service';

// Id-less clones: the registry ids stay on the schemas.
class AdminPersonDto extends createZodDto(AdminPersonSchema.clone()) {}
class AdminPersonPageDto extends createZodDto(pageSchema(AdminPersonSchema)) {}
class AdminPeopleQueryDto extends createZodDto(AdminPeopleQuerySchema) {}
class AdminPersonPatchDto extends createZodDto(AdminPersonPatchSchema.clone()) {}
class AdminEraseInputDto extends createZodDto(AdminEraseInputSchema.clone()) {}
class AdminPersonExportDto extends createZodDto(AdminPersonExportSchema.clone()) {}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/people')
@RequireRoles('admin')
export class AdminController {
  constructor(
    private readonly people: AdminPeopleService,
    private readonly exports: AdminPersonExportService,
    private readonly erasure: AdminEraseService,
  ) {}

  @Get()
  @ZodResponse({
    type: AdminPersonPageDto,
    description: 'Admins: everyone of the organization with roles, status and last sign-in, by name',
  })
  list(@CurrentActor() actor: Actor, @Query() query: AdminPeopleQueryDto): Promise<Page<AdminPerson>> {
    return this.people.list(actor, query);
  }

  @Get(':id')
  @ZodResponse({ type: AdminPersonDto, description: "Admins: one person's account (the read is audited)" })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<AdminPerson> {
    return this.people.get(actor, id, correlationId);
  }

  @Patch(':id')
  @ZodResponse({
    type: AdminPersonDto,
    description:
      'Admins: set roles (member is always kept) and/or active; deactivating ends every session at once. ' +
      '409 when an admin would lock themselves out or the organization would lose its last admin',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() patch: AdminPersonPatchDto,
    @CorrelationId() correlationId: string,
  ): Promise<AdminPerson> {
    return this.people.update(actor, id, patch, correlationId);
  }

  @Get(':id/export')
  @ZodResponse({
    type: AdminPersonExportDto,
    description:
      "Admins: a person's data for a GDPR access request, as a JSON file: everything their own export holds " +
      'except private notes (theirs or anyone else’s); the export is audited',
  })
  async export(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AdminPersonExport> {
    const document = await this.exports.exportPerson(actor, id, correlationId);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="trellis-person-${id}-${document.exportedAt.slice(0, 10)}.json"`,
    );
    return document;
  }

  @Post(':id/erase')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    type: AdminPersonDto,
    description:
      'Admins: anonymise a person irreversibly (confirmEmail must be their email); 409 for yourself or a second time',
  })
  erase(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: AdminEraseInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<AdminPerson> {
    return this.erasure.erase(actor, id, input, correlationId);
  }
}
