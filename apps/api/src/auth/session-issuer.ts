import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { IsNull, Repository } from 'typeorm';

import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ACCESS_TOKEN_TTL_SECONDS,
} from './access-token';
import { AuthSessionEntity } from './auth-session.entity';
import type { AccessTokenClaims, AuthenticatedUser } from './authenticated-user';
import { REFRESH_TOKEN_TTL_MS } from './refresh-cookie';

export interface IssuedTokens {
  readonly accessToken: string;
  /** See parseRefreshToken. */
  readonly refreshToken: string;
}

/** Mints access tokens and refresh sessions; the use cases decide when. */
@Injectable()
export class SessionIssuer {
  constructor(private readonly jwt: JwtService) {}

  signAccessToken(user: AuthenticatedUser): Promise<string> {
    const claims: AccessTokenClaims = {
      sub: user.personId,
      org: user.organizationId,
      sv: user.sessionVersion,
    };
    return this.jwt.signAsync(claims, {
      algorithm: ACCESS_TOKEN_ALGORITHM,
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    });
  }

  /** A new refresh session in the given family; returns the refresh token. */
  async createSession(
    sessions: Repository<AuthSessionEntity>,
    user: AuthenticatedUser,
    familyId: string,
  ): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const session = await sessions.save(
      sessions.create({
        organizationId: user.organizationId,
        personId: user.personId,
        familyId,
        tokenHash: hashSecret(secret),
        expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
        revokedAt: null,
      }),
    );
    return `${user.organizationId}.${session.id}.${secret}`;
  }

  async revokeFamily(sessions: Repository<AuthSessionEntity>, familyId: string): Promise<void> {
    await sessions.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOf(sessions: Repository<AuthSessionEntity>, user: AuthenticatedUser): Promise<void> {
    await sessions.update(
      { organizationId: user.organizationId, personId: user.personId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PresentedRefreshToken {
  readonly organizationId: string;
  readonly sessionId: string;
  readonly secret: string;
}

/** `<organizationId>.<sessionId>.<secret>`: the organization scopes the look-up, the id finds the session, the secret proves it. */
export const parseRefreshToken = (token: string | undefined): PresentedRefreshToken | null => {
  const [organizationId, sessionId, secret, ...rest] = (token ?? '').split('.');
  return organizationId &&
    sessionId &&
    secret &&
    rest.length === 0 &&
    UUID.test(organizationId) &&
    UUID.test(sessionId)
    ? { organizationId, sessionId, secret }
    : null;
};

export const provesSession = (session: AuthSessionEntity, secret: string): boolean => {
  const presented = hashSecret(secret);
  return (
    session.tokenHash.length === presented.length &&
    timingSafeEqual(Buffer.from(session.tokenHash), Buffer.from(presented))
  );
};

const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
