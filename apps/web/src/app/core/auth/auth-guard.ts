import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';

import { isAreaOpenTo, type AreaId } from '../areas/areas';
import { AuthStore } from './auth-store';

// Each guard works as `canMatch` (preferred: a refused route's chunk is never
// downloaded) and as `canActivate`.
type Guard = CanMatchFn & CanActivateFn;

// The URL being navigated to, query included.
const attemptedUrl = (router: Router): string => {
  const navigation = router.currentNavigation();
  return navigation ? router.serializeUrl(navigation.extractedUrl) : router.url;
};

// Only for signed-in people; others go to sign in and come back afterwards.
export const signedInGuard: Guard = () => {
  if (inject(AuthStore).isSignedIn()) return true;
  const router = inject(Router);
  const returnUrl = attemptedUrl(router);
  return router.createUrlTree(['/sign-in'], returnUrl === '/' ? {} : { queryParams: { returnUrl } });
};

// Only for signed-out people (the sign-in page); the signed-in go home.
export const signedOutGuard: Guard = () =>
  !inject(AuthStore).isSignedIn() || inject(Router).createUrlTree(['/me']);

// Areas that only exist for some people. A refused route falls through to
// "not found": outside your scope a page does not exist.
export const areaGuard =
  (area: AreaId): Guard =>
  () => {
    const me = inject(AuthStore).me();
    return me !== null && isAreaOpenTo(area, me);
  };
