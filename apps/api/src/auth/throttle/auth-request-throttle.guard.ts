import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';

import { AuthThrottle } from './auth-throttle';

/** Bounds every /api/auth/* request per client address (the hashing and database work behind them). */
@Injectable()
export class AuthRequestThrottleGuard implements CanActivate {
  constructor(private readonly throttle: AuthThrottle) {}

  canActivate(context: ExecutionContext): boolean {
    this.throttle.admitRequest(context.switchToHttp().getRequest<Request>().ip);
    return true;
  }
}
