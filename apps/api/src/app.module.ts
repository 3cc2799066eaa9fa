import { existsSync } from 'node:fs';

import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ZodSerializerInterceptor, ZodValidationPipe } from 'nestjs-zod';

import { AdminModule } from './admin/admin.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ConfigModule, ResolvedConfig } from './config/config.module';
import { ConversationsModule } from './conversations/conversations.module';
import { DatabaseModule } from './database/database.module';
import { EvidenceModule } from './evidence/evidence.module';
import { ExportsModule } from './exports/exports.module';
import { FrameworksModule } from './frameworks/frameworks.module';
import { GrowthModule } from './growth/growth.module';
import { HealthModule } from './health/health.module';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RequestLoggingMiddleware } from './http/request-logging.middleware';
import { ImportsModule } from './imports/imports.module';
import { MobilityModule } from './mobility/mobility.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PeopleModule } from './people/people.module';
import { PositionsModule } from './positions/positions.module';
import { ReadinessModule } from './readiness/readiness.module';
import { TeamModule } from './team/team.module';

/** Wires the feature modules; holds no providers of its own beyond the global HTTP plumbing. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(config: ResolvedConfig): DynamicModule {
    // The built web app is served on the same origin; API routes never fall through to it.
    const webApp = existsSync(config.webDir)
      ? [ServeStaticModule.forRoot({ rootPath: config.webDir, exclude: ['/api/{*path}'] })]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        AuthModule,
        PeopleModule,
        FrameworksModule,
        GrowthModule,
        EvidenceModule,
        ReadinessModule,
        ConversationsModule,
        NotificationsModule,
        ExportsModule,
        AuditModule,
        HealthModule,
        TeamModule,
        MobilityModule,
        PositionsModule,
        ImportsModule,
        AdminModule,
        ...webApp,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggingMiddleware).forRoutes('{*path}');
  }
}
