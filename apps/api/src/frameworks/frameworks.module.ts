import { Module } from '@nestjs/common';

import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';

@Module({
  controllers: [FrameworksController],
  providers: [FrameworksService],
})
export class FrameworksModule {}
