import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { APP_CONFIG, ResolvedConfig } from '../config/config.module';
import { DomainError } from '../http/domain-error';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './access-token';
import type { AccessTokenClaims, AuthenticatedUser } from './authenticated-user';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      // An allowlist of one: never `none`, never an asymmetric algorithm keyed with our secret.
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: Partial<AccessTokenClaims>): AuthenticatedUser {
    const { sub, org, sv } = claims;
    // Tokens without a session version (issued before it existed) are not accepted.
    if (typeof sub !== 'string' || typeof org !== 'string' || !Number.isSafeInteger(sv) || !sv || sv < 1) {
      throw new DomainError('unauthenticated', 'Sign in to continue.');
    }
    return { personId: sub, organizationId: org, sessionVersion: sv };
  }
}
