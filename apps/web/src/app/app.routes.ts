import { Route } from '@angular/router';

import { areaGuard, signedInGuard, signedOutGuard } from './core/auth/auth-guard';

// Every page is its own lazy chunk, so the sign-in page loads without the
// shell, the navigation or any area behind it.
export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    title: 'Sign in',
    canMatch: [signedOutGuard],
    loadComponent: () => import('./features/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: '',
    canMatch: [signedInGuard],
    loadComponent: () => import('./core/shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'me' },
      {
        path: 'me',
        loadChildren: () => import('./features/me/me.routes').then((m) => m.meRoutes),
      },
      {
        path: 'team',
        title: 'Team',
        canMatch: [areaGuard('team')],
        loadChildren: () => import('./features/team/team.routes').then((m) => m.teamRoutes),
      },
      {
        path: 'hr',
        title: 'HR',
        canMatch: [areaGuard('hr')],
        loadChildren: () => import('./features/hr/hr.routes').then((m) => m.hrRoutes),
      },
      {
        path: 'admin',
        title: 'Admin',
        canMatch: [areaGuard('admin')],
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
      },
      {
        path: '**',
        title: 'Page not found',
        loadComponent: () => import('./core/not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
