import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { Me, MeSchema } from '@trellis/domain';

import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { PeopleService } from './people.service';

class MeDto extends createZodDto(MeSchema) {}

@ApiTags('people')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ZodResponse({ type: MeDto, description: 'The signed-in person, their manager and direct reports' })
  me(@CurrentUser() user: AuthenticatedUser): Promise<Me> {
    return this.people.findMe(user);
  }
}
