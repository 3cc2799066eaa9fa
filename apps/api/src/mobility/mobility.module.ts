import { Module } from '@nestjs/common';

import { MobilityController } from './mobility.controller';
import { MobilityRepository } from './mobility.repository';
import { MobilityService } from './mobility.service';

/** HR's mobility analytics: paths between levels, tracks and teams, and per-team precedent. */
@Module({
  controllers: [MobilityController],
  providers: [MobilityService, MobilityRepository],
})
export class MobilityModule {}
