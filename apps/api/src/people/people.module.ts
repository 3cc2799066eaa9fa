import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MeController } from './me.controller';
import { PeopleService } from './people.service';
import { PersonEntity } from './person.entity';
import { TeamEntity } from './team.entity';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, TeamEntity])],
  controllers: [MeController],
  providers: [PeopleService],
  exports: [PeopleService],
})
export class PeopleModule {}
