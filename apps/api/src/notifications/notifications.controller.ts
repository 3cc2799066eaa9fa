import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';

import {
  NotificationPageSchema,
  NotificationQuerySchema,
  NotificationSchema,
  NotificationsMarkedSchema,
  type Notification,
  type NotificationPage,
  type NotificationsMarked,
} from '@trellis/domain';

import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { NotificationInboxService } from './notification-inbox.service';

class NotificationPageDto extends createZodDto(NotificationPageSchema) {}
// Id-less clones: the registry ids stay on the schemas nested in other documents.
class NotificationDto extends createZodDto(NotificationSchema.clone()) {}
class NotificationsMarkedDto extends createZodDto(NotificationsMarkedSchema.clone()) {}
class NotificationQueryDto extends createZodDto(NotificationQuerySchema) {}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly inbox: NotificationInboxService) {}

  @Get()
  @ZodResponse({
    type: NotificationPageDto,
    description:
      'My notifications, newest first (only the unread with ?unread=true), and how many are unread',
  })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationQueryDto): Promise<NotificationPage> {
    return this.inbox.list(actor, query);
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    type: NotificationsMarkedDto,
    description: 'Mark all my notifications read; says how many were unread',
  })
  markAllRead(@CurrentActor() actor: Actor): Promise<NotificationsMarked> {
    return this.inbox.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    type: NotificationDto,
    description: 'Mark one of my notifications read (again: no change); anyone else’s is 404',
  })
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<Notification> {
    return this.inbox.markRead(actor, id);
  }
}
