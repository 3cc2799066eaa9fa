import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import type { Me } from '@trellis/domain';

import { AuthStore } from '../core/auth/auth-store';

// Puts the real AuthStore in a signed-in state through the login endpoint.
export const signInAs = async (me: Me, accessToken = 'access-token'): Promise<void> => {
  const signingIn = TestBed.inject(AuthStore).signIn(me.email, 'trellis-demo');
  TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush({ accessToken, user: me });
  await signingIn;
};
