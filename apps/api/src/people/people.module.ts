import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope/scope.module';
import { MeController } from './me.controller';
import { PeopleDirectoryService } from './people-directory.service';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { PersonEntity } from './person.entity';
import { TeamEntity } from './team.entity';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, TeamEntity]), ScopeModule, AuditModule],
  controllers: [MeController, PeopleController],
  providers: [PeopleService, PeopleDirectoryService],
  exports: [PeopleService],
})
export class PeopleModule {}
