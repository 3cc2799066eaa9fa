import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';

import { DomainError } from '../http/domain-error';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  async validate(email: string, password: string): Promise<AuthenticatedUser> {
    const user = await this.auth.verifyCredentials(email, password);
    // One answer for an unknown email and a wrong password: no user enumeration.
    if (!user) throw new DomainError('unauthenticated', 'Email or password is incorrect.');
    return user;
  }
}
