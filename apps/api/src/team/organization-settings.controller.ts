import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  OrganizationSettingsInputSchema,
  OrganizationSettingsSchema,
  type OrganizationSettings,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { OrganizationSettingsService } from './organization-settings.service';

class OrganizationSettingsDto extends createZodDto(OrganizationSettingsSchema.clone()) {}
class OrganizationSettingsInputDto extends createZodDto(OrganizationSettingsInputSchema.clone()) {}

@ApiTags('organization')
@ApiBearerAuth()
@Controller('organization/settings')
export class OrganizationSettingsController {
  constructor(private readonly settings: OrganizationSettingsService) {}

  @Get()
  @ZodResponse({ type: OrganizationSettingsDto, description: "Your organization's settings" })
  get(@CurrentActor() actor: Actor): Promise<OrganizationSettings> {
    return this.settings.get(actor);
  }

  @Put()
  @RequireRoles('hr', 'admin')
  @ZodResponse({
    type: OrganizationSettingsDto,
    description:
      'HR and admins: the career-conversation interval, 7 to 365 days (422 outside; 403 for others)',
  })
  put(
    @CurrentActor() actor: Actor,
    @Body() input: OrganizationSettingsInputDto,
    @CorrelationId() correlationId: string,
  ): Promise<OrganizationSettings> {
    return this.settings.put(actor, input, correlationId);
  }
}
