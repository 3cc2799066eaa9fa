import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { MyDataExportSchema, type MyDataExport } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { MyDataExportService } from './my-data-export.service';

// An id-less clone: the registry id stays on the schema.
class MyDataExportDto extends createZodDto(MyDataExportSchema.clone()) {}

@ApiTags('exports')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: MyDataExportService) {}

  @Get('me')
  @ZodResponse({
    type: MyDataExportDto,
    description:
      'Everything Trellis holds about me, as a JSON file to keep (never others’ private notes, never token or password hashes)',
  })
  async me(
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MyDataExport> {
    const document = await this.exports.exportMine(actor, correlationId);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="trellis-export-${document.exportedAt.slice(0, 10)}.json"`,
    );
    return document;
  }
}
