import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '../audit/audit.module';
import { APP_CONFIG, ResolvedConfig } from '../config/config.module';
import { PeopleModule } from '../people/people.module';
import { PersonEntity } from '../people/person.entity';
import { ActorGuard } from './actor.guard';
import { ActorResolver } from './actor.resolver';
import { AuthSessionEntity } from './auth-session.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { PasswordChangeService } from './password-change.service';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { SessionIssuer } from './session-issuer';
import { AuthRequestThrottleGuard } from './throttle/auth-request-throttle.guard';
import { AuthThrottle } from './throttle/auth-throttle';

@Module({
  imports: [
    PassportModule,
    PeopleModule,
    AuditModule,
    TypeOrmModule.forFeature([PersonEntity, AuthSessionEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: ResolvedConfig) => ({ secret: config.jwtSecret }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordChangeService,
    PasswordHasher,
    PasswordPolicy,
    SessionIssuer,
    AuthThrottle,
    AuthRequestThrottleGuard,
    LocalStrategy,
    JwtStrategy,
    ActorResolver,
    // Order matters: authenticate first, then resolve the actor and role-wide gates.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: ActorGuard },
  ],
  exports: [PasswordHasher, PasswordPolicy],
})
export class AuthModule {}
