import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { PersonEntity } from '../people/person.entity';
import { AuthSessionEntity } from './auth-session.entity';
import type { AuthenticatedUser } from './authenticated-user';
import { PasswordHasher } from './password-hasher';
import { IssuedTokens, parseRefreshToken, provesSession, SessionIssuer } from './session-issuer';
import { AuthThrottle } from './throttle/auth-throttle';

export type { IssuedTokens } from './session-issuer';

/** Who passed the password check; the hash they matched lets signIn notice a change since. */
export interface LoginCandidate {
  readonly personId: string;
  readonly organizationId: string;
  readonly passwordHash: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: TenantDatabase,
    private readonly hasher: PasswordHasher,
    private readonly issuer: SessionIssuer,
    private readonly throttle: AuthThrottle,
  ) {}

  /**
   * Checks an email and password under the sign-in throttle. One answer for an
   * unknown email and a wrong password, in about the same time (the hasher checks a
   * decoy hash for unknown emails): no user enumeration.
   */
  async authenticate(email: string, password: string, ip: string | undefined): Promise<LoginCandidate> {
    const keys = { ip, account: email };
    this.throttle.assertMayAttempt(keys);
    const candidate = await this.findLoginCandidate(email);
    const valid = await this.hasher.verify(candidate?.passwordHash ?? null, password);
    if (!candidate || !valid) {
      this.throttle.recordFailure(keys);
      throw new DomainError('unauthenticated', 'Email or password is incorrect.');
    }
    this.throttle.recordSuccess(keys);
    return candidate;
  }

  /** Starts a new session family at sign-in. */
  async signIn(candidate: LoginCandidate): Promise<{ user: AuthenticatedUser; tokens: IssuedTokens }> {
    const outcome = await this.db.transaction(candidate.organizationId, async (manager) => {
      const person = await manager.getRepository(PersonEntity).findOne({
        where: { id: candidate.personId, organizationId: candidate.organizationId },
        select: { id: true, active: true, sessionVersion: true, passwordHash: true },
        lock: { mode: 'pessimistic_read' },
      });
      // A password change or deactivation that landed since the password was checked ends this sign-in.
      if (person?.active !== true || person.passwordHash !== candidate.passwordHash) return null;
      const user: AuthenticatedUser = {
        personId: candidate.personId,
        organizationId: candidate.organizationId,
        sessionVersion: person.sessionVersion,
      };
      return {
        user,
        refreshToken: await this.issuer.createSession(
          manager.getRepository(AuthSessionEntity),
          user,
          randomUUID(),
        ),
      };
    });
    if (!outcome) throw new DomainError('unauthenticated', 'Email or password is incorrect.');
    return {
      user: outcome.user,
      tokens: {
        accessToken: await this.issuer.signAccessToken(outcome.user),
        refreshToken: outcome.refreshToken,
      },
    };
  }

  /** Rotates a refresh token: the presented session is revoked and replaced in the same family. */
  async refresh(
    presented: string | undefined,
    ip: string | undefined,
  ): Promise<{ user: AuthenticatedUser; tokens: IssuedTokens }> {
    // No cookie at all is a signed-out visitor (the web app asks on every start), not a guess.
    if (!presented) throw new DomainError('unauthenticated', 'Your session has ended. Sign in again.');
    this.throttle.assertMayAttempt({ ip });
    const parsed = parseRefreshToken(presented);
    if (!parsed) throw this.failedRefresh(ip);
    // The transaction returns the outcome instead of throwing, so that revoking a
    // leaked family commits before the caller gets its 401.
    const outcome = await this.db.transaction(parsed.organizationId, async (manager) => {
      const sessions = manager.getRepository(AuthSessionEntity);
      const owner = await sessions.findOne({
        where: { id: parsed.sessionId, organizationId: parsed.organizationId },
        select: { id: true, personId: true },
      });
      if (!owner) return null;
      // Locks in the order a password change takes them (person, then sessions): a
      // rotation racing a password change either commits first, and its new session
      // is then revoked with the others, or waits and finds its session revoked.
      const person = await lockPerson(
        manager,
        { personId: owner.personId, organizationId: parsed.organizationId },
        'pessimistic_read',
      );
      const session = await sessions.findOne({
        where: { id: parsed.sessionId, organizationId: parsed.organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || !provesSession(session, parsed.secret)) return null;
      if (session.revokedAt) {
        // A rotated token presented again means it leaked: end the whole family.
        await this.issuer.revokeFamily(sessions, session.familyId);
        return null;
      }
      if (session.expiresAt.getTime() <= Date.now()) return null;
      // A deactivated person keeps no session.
      if (person?.active !== true) return null;

      await sessions.update({ id: session.id }, { revokedAt: new Date() });
      const user: AuthenticatedUser = {
        personId: session.personId,
        organizationId: session.organizationId,
        sessionVersion: person.sessionVersion,
      };
      return { user, refreshToken: await this.issuer.createSession(sessions, user, session.familyId) };
    });
    if (!outcome) throw this.failedRefresh(ip);
    return {
      user: outcome.user,
      tokens: {
        accessToken: await this.issuer.signAccessToken(outcome.user),
        refreshToken: outcome.refreshToken,
      },
    };
  }

  /** Ends the session family of the presented refresh token, if any. */
  async signOut(presented: string | undefined): Promise<void> {
    const parsed = parseRefreshToken(presented);
    if (!parsed) return;
    await this.db.transaction(parsed.organizationId, async (manager) => {
      const sessions = manager.getRepository(AuthSessionEntity);
      const session = await sessions.findOne({
        where: { id: parsed.sessionId, organizationId: parsed.organizationId },
      });
      if (session && provesSession(session, parsed.secret)) {
        await this.issuer.revokeFamily(sessions, session.familyId);
      }
    });
  }

  // The one look-up before the organization is known (an email is unique system-wide).
  // Row-level security hides people from the app role, so it goes through a
  // SECURITY DEFINER function that returns this one row (migration AddAuthLookups).
  private async findLoginCandidate(email: string): Promise<LoginCandidate | null> {
    const rows = await this.dataSource.query<
      { id: string; organization_id: string; password_hash: string | null }[]
    >(`SELECT id, organization_id, password_hash FROM trellis_login_candidate($1)`, [email]);
    const row = rows[0];
    return row?.password_hash
      ? { personId: row.id, organizationId: row.organization_id, passwordHash: row.password_hash }
      : null;
  }

  private failedRefresh(ip: string | undefined): DomainError {
    this.throttle.recordFailure({ ip });
    return new DomainError('unauthenticated', 'Your session has ended. Sign in again.');
  }
}

export const lockPerson = (
  manager: EntityManager,
  who: Pick<AuthenticatedUser, 'personId' | 'organizationId'>,
  mode: 'pessimistic_read' | 'pessimistic_write',
) =>
  manager.getRepository(PersonEntity).findOne({
    where: { id: who.personId, organizationId: who.organizationId },
    select: { id: true, active: true, sessionVersion: true },
    lock: { mode },
  });
