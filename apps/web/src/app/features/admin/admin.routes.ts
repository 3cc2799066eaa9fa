import { Route } from '@angular/router';

// The "Admin" area: people and roles, the audit log, organization settings.
export const adminRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./admin-layout').then((m) => m.AdminLayout),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'People',
        loadComponent: () => import('./people/admin-people-page').then((m) => m.AdminPeoplePage),
      },
      {
        path: 'people/:personId',
        title: 'Person',
        loadComponent: () => import('./people/admin-person-page').then((m) => m.AdminPersonPage),
      },
      {
        path: 'audit',
        title: 'Audit log',
        loadComponent: () => import('./audit/audit-log-page').then((m) => m.AuditLogPage),
      },
      {
        path: 'settings',
        title: 'Organization settings',
        loadComponent: () =>
          import('./settings/organization-settings-page').then((m) => m.OrganizationSettingsPage),
      },
    ],
  },
];
