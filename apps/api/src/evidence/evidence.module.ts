import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope/scope.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { EvidenceReviewsService } from './evidence-reviews.service';
import { EvidenceController } from './evidence.controller';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [ScopeModule, AuditModule, NotificationsModule],
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceReviewsService, EvidenceRepository],
})
export class EvidenceModule {}
