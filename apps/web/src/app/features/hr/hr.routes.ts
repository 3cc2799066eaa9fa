import { Route } from '@angular/router';

// The "HR" area. Each page, and the chart code it draws with, is its own lazy chunk.
export const hrRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./hr-layout').then((m) => m.HrLayout),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Mobility',
        loadComponent: () =>
          import('./mobility/mobility-dashboard-page').then((m) => m.MobilityDashboardPage),
      },
      {
        path: 'positions',
        title: 'Positions',
        loadComponent: () => import('./positions/positions-page').then((m) => m.PositionsPage),
      },
      {
        path: 'positions/:positionId',
        title: 'Bench',
        loadComponent: () => import('./positions/position-bench-page').then((m) => m.PositionBenchPage),
      },
      {
        path: 'ladder',
        title: 'Career ladder',
        loadComponent: () => import('./ladder/ladder-list-page').then((m) => m.LadderListPage),
      },
      {
        path: 'ladder/:frameworkId',
        title: 'Ladder draft',
        loadComponent: () => import('./ladder/ladder-editor-page').then((m) => m.LadderEditorPage),
      },
      {
        path: 'import',
        title: 'Import people',
        loadComponent: () => import('./import/people-import-page').then((m) => m.PeopleImportPage),
      },
    ],
  },
];
