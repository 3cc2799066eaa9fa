import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, ResolvedConfig } from '../../config/config.module';
import { RateLimitedError } from '../../http/domain-error';
import { clientAddressKey } from './client-address';
import { SlidingWindow } from './sliding-window';

export interface AttemptKeys {
  /** The client address (request.ip, behind `trust proxy`). */
  readonly ip: string | undefined;
  /** The account tried, by email as typed (known or not: the answer must not differ). */
  readonly account?: string;
}

/**
 * Throttling of /api/auth/*, in memory (see SlidingWindow for what that means
 * with several API processes):
 * - every request per client address (AuthRequestThrottleGuard);
 * - failed attempts per client address and per account. A blocked account is
 *   refused before its password is checked, so throttled guesses learn nothing,
 *   and unknown emails are counted like known ones, so a 429 reveals nothing.
 */
@Injectable()
export class AuthThrottle {
  private readonly requests: SlidingWindow;
  private readonly ipFailures: SlidingWindow;
  private readonly accountFailures: SlidingWindow;

  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    this.requests = new SlidingWindow(config.authThrottle.ipRequests);
    this.ipFailures = new SlidingWindow(config.authThrottle.ipFailures);
    this.accountFailures = new SlidingWindow(config.authThrottle.accountFailures);
  }

  admitRequest(ip: string | undefined): void {
    const wait = this.requests.take(clientAddressKey(ip));
    if (wait > 0) throw new RateLimitedError(wait);
  }

  /** Throws 429 while the address or the account has failed too often. */
  assertMayAttempt(keys: AttemptKeys): void {
    const wait = Math.max(
      this.ipFailures.retryAfterSeconds(clientAddressKey(keys.ip)),
      keys.account ? this.accountFailures.retryAfterSeconds(accountKey(keys.account)) : 0,
    );
    if (wait > 0) throw new RateLimitedError(wait);
  }

  recordFailure(keys: AttemptKeys): void {
    this.ipFailures.record(clientAddressKey(keys.ip));
    if (keys.account) this.accountFailures.record(accountKey(keys.account));
  }

  /** A success clears the account's failures (not the address's: one success must not buy more guesses elsewhere). */
  recordSuccess(keys: AttemptKeys): void {
    if (keys.account) this.accountFailures.reset(accountKey(keys.account));
  }
}

const accountKey = (email: string): string => email.trim().toLowerCase();
