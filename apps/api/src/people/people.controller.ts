import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import { pageSchema, PeopleQuerySchema, PersonSchema, type Page, type Person } from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CorrelationId } from '../http/correlation-id.decorator';
import { PeopleDirectoryService } from './people-directory.service';

class PersonPageDto extends createZodDto(pageSchema(PersonSchema)) {}
// An id-less clone: the nested Person keeps its registry id in the OpenAPI document.
class PersonDto extends createZodDto(PersonSchema.clone()) {}
class PeopleQueryDto extends createZodDto(PeopleQuerySchema) {}

@ApiTags('people')
@ApiBearerAuth()
@Controller('people')
export class PeopleController {
  constructor(private readonly directory: PeopleDirectoryService) {}

  @Get()
  @ZodResponse({ type: PersonPageDto, description: 'The directory within your scope, by name' })
  list(@CurrentActor() actor: Actor, @Query() query: PeopleQueryDto): Promise<Page<Person>> {
    return this.directory.list(actor, query);
  }

  @Get(':id')
  @ZodResponse({ type: PersonDto, description: 'A person within your scope (404 outside it)' })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<Person> {
    return this.directory.get(actor, id, correlationId);
  }
}
