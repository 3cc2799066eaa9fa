import { Module } from '@nestjs/common';

import { NotificationInboxService } from './notification-inbox.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationInboxService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
