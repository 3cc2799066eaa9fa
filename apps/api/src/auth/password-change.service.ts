import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { PASSWORD_REJECTION_MESSAGES, type PasswordChangeRequest } from '@trellis/domain';

import { AuditService } from '../audit/audit.service';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../http/domain-error';
import { invalidRequest } from '../http/invalid-request';
import { PersonEntity } from '../people/person.entity';
import type { Actor } from './actor';
import { AuthSessionEntity } from './auth-session.entity';
import { lockPerson } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { IssuedTokens, SessionIssuer } from './session-issuer';
import { AuthThrottle } from './throttle/auth-throttle';

export interface PasswordChangeContext {
  readonly ip: string | undefined;
  readonly correlationId: string;
}

/**
 * Changes the caller's password and ends every session they have at once (the
 * session version moves on, so access tokens die too), then starts a fresh one
 * for the caller.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly issuer: SessionIssuer,
    private readonly throttle: AuthThrottle,
    private readonly audit: AuditService,
  ) {}

  async change(
    actor: Actor,
    request: PasswordChangeRequest,
    context: PasswordChangeContext,
  ): Promise<{ user: AuthenticatedUser; tokens: IssuedTokens }> {
    const person = await this.db.transaction(actor.organizationId, (manager) =>
      manager.findOne(PersonEntity, {
        where: { id: actor.personId, organizationId: actor.organizationId, active: true },
        select: { id: true, email: true, name: true, passwordHash: true },
      }),
    );
    if (!person) throw new DomainError('unauthenticated', 'Your account is no longer active.');

    // A stolen access token must not become a way to guess the password: the same
    // per-account and per-address budget as sign-in.
    const keys = { ip: context.ip, account: person.email };
    this.throttle.assertMayAttempt(keys);
    if (!(await this.hasher.verify(person.passwordHash, request.currentPassword))) {
      this.throttle.recordFailure(keys);
      throw invalidRequest([{ path: 'currentPassword', message: 'This is not your current password.' }]);
    }
    this.throttle.recordSuccess(keys);

    const rejection = this.policy.check(request.newPassword, person);
    if (rejection) {
      throw invalidRequest([{ path: 'newPassword', message: PASSWORD_REJECTION_MESSAGES[rejection] }]);
    }
    // Hashed before the transaction: no lock is held for the ~50 ms argon2id takes.
    const passwordHash = await this.hasher.hash(request.newPassword);

    const outcome = await this.db.transaction(actor.organizationId, async (manager) => {
      const locked = await lockPerson(manager, actor, 'pessimistic_write');
      // Another password change (or a deactivation) got here first: this session is over.
      if (locked?.active !== true || locked.sessionVersion !== actor.sessionVersion) return null;
      const user: AuthenticatedUser = {
        personId: actor.personId,
        organizationId: actor.organizationId,
        sessionVersion: locked.sessionVersion + 1,
      };
      await manager.update(
        PersonEntity,
        { id: user.personId, organizationId: user.organizationId },
        { passwordHash, sessionVersion: user.sessionVersion },
      );
      const sessions = manager.getRepository(AuthSessionEntity);
      await this.issuer.revokeAllOf(sessions, user);
      await this.audit.record(manager, {
        actor,
        action: 'auth.password_change',
        targetType: 'person',
        targetId: actor.personId,
        subjectPersonId: actor.personId,
        correlationId: context.correlationId,
      });
      return { user, refreshToken: await this.issuer.createSession(sessions, user, randomUUID()) };
    });
    if (!outcome) throw new DomainError('unauthenticated', 'Your session has ended. Sign in again.');
    return {
      user: outcome.user,
      tokens: {
        accessToken: await this.issuer.signAccessToken(outcome.user),
        refreshToken: outcome.refreshToken,
      },
    };
  }
}
