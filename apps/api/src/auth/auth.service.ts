import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';

import { DomainError } from '../http/domain-error';
import { PersonEntity } from '../people/person.entity';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ACCESS_TOKEN_TTL_SECONDS,
} from './access-token';
import { AuthSessionEntity } from './auth-session.entity';
import type { AccessTokenClaims, AuthenticatedUser } from './authenticated-user';
import { PasswordHasher } from './password-hasher';
import { REFRESH_TOKEN_TTL_MS } from './refresh-cookie';

export interface IssuedTokens {
  readonly accessToken: string;
  /** `<sessionId>.<secret>`: the id finds the session, the secret proves it. */
  readonly refreshToken: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
  ) {}

  async verifyCredentials(email: string, password: string): Promise<AuthenticatedUser | null> {
    const person = await this.people.findOne({
      where: { email: email.toLowerCase(), active: true },
      select: { id: true, organizationId: true, passwordHash: true },
    });
    const valid = await this.hasher.verify(person?.passwordHash ?? null, password);
    return person && valid ? { personId: person.id, organizationId: person.organizationId } : null;
  }

  /** Starts a new session family at sign-in. */
  async signIn(user: AuthenticatedUser): Promise<IssuedTokens> {
    const refreshToken = await this.createSession(
      this.dataSource.getRepository(AuthSessionEntity),
      user,
      randomUUID(),
    );
    return { accessToken: await this.signAccessToken(user), refreshToken };
  }

  /** Rotates a refresh token: the presented session is revoked and replaced in the same family. */
  async refresh(presented: string | undefined): Promise<{ user: AuthenticatedUser; tokens: IssuedTokens }> {
    const parsed = parseRefreshToken(presented);
    if (!parsed) throw expiredSession();
    // The transaction returns the outcome instead of throwing, so that revoking a
    // leaked family commits before the caller gets its 401.
    const outcome = await this.dataSource.transaction(async (manager) => {
      const sessions = manager.getRepository(AuthSessionEntity);
      const session = await sessions.findOne({
        where: { id: parsed.sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || !sameHash(session.tokenHash, hashSecret(parsed.secret))) return null;
      if (session.revokedAt) {
        // A rotated token presented again means it leaked: end the whole family.
        await sessions.update({ familyId: session.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return null;
      }
      if (session.expiresAt.getTime() <= Date.now()) return null;
      const person = await manager
        .getRepository(PersonEntity)
        .findOne({ where: { id: session.personId, active: true }, select: { id: true } });
      if (!person) return null;

      await sessions.update({ id: session.id }, { revokedAt: new Date() });
      const user = { personId: session.personId, organizationId: session.organizationId };
      return { user, refreshToken: await this.createSession(sessions, user, session.familyId) };
    });
    if (!outcome) throw expiredSession();
    return {
      user: outcome.user,
      tokens: { accessToken: await this.signAccessToken(outcome.user), refreshToken: outcome.refreshToken },
    };
  }

  /** Ends the session family of the presented refresh token, if any. */
  async signOut(presented: string | undefined): Promise<void> {
    const parsed = parseRefreshToken(presented);
    if (!parsed) return;
    const sessions = this.dataSource.getRepository(AuthSessionEntity);
    const session = await sessions.findOne({ where: { id: parsed.sessionId } });
    if (session && sameHash(session.tokenHash, hashSecret(parsed.secret)))
      await sessions.update({ familyId: session.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async createSession(
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
    return `${session.id}.${secret}`;
  }

  private signAccessToken(user: AuthenticatedUser): Promise<string> {
    const claims: AccessTokenClaims = { sub: user.personId, org: user.organizationId };
    return this.jwt.signAsync(claims, {
      algorithm: ACCESS_TOKEN_ALGORITHM,
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const parseRefreshToken = (token: string | undefined): { sessionId: string; secret: string } | null => {
  const [sessionId, secret, ...rest] = (token ?? '').split('.');
  return sessionId && secret && rest.length === 0 && UUID.test(sessionId) ? { sessionId, secret } : null;
};

const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const sameHash = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const expiredSession = () => new DomainError('unauthenticated', 'Your session has ended. Sign in again.');
