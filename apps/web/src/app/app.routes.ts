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
        loadComponent: () => import('./features/hr/hr-home-page').then((m) => m.HrHomePage),
      },
      {
        path: 'admin',
        title: 'Admin',
        canMatch: [areaGuard('admin')],
        loadComponent: () => import('./features/admin/admin-home-page').then((m) => m.AdminHomePage),
      },
      {
        path: '**',
        title: 'Page not found',
        loadComponent: () => import('./core/not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
