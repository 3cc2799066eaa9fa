import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ScopeModule } from '../auth/scope/scope.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ActionItemsController } from './action-items.controller';
import { ActionItemsService } from './action-items.service';
import { ConversationNotesController } from './conversation-notes.controller';
import { ConversationNotesService } from './conversation-notes.service';
import { ConversationTransitionsService } from './conversation-transitions.service';
import { ConversationRepository } from './conversation.repository';
import { ConversationsController } from './conversations.controller';
import { ConversationsService } from './conversations.service';

@Module({
  imports: [ScopeModule, AuditModule, NotificationsModule],
  controllers: [ConversationsController, ConversationNotesController, ActionItemsController],
  providers: [
    ConversationRepository,
    ConversationsService,
    ConversationTransitionsService,
    ConversationNotesService,
    ActionItemsService,
  ],
})
export class ConversationsModule {}
