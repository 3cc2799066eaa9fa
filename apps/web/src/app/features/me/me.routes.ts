import { Route } from '@angular/router';

// The "Me" area: every page is its own lazy chunk, under one row of links.
export const meRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./me-layout').then((m) => m.MeLayout),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Home',
        loadComponent: () => import('./home/me-home-page').then((m) => m.MeHomePage),
      },
      {
        path: 'aspiration',
        title: 'Where you want to go',
        loadComponent: () => import('./aspiration/aspiration-page').then((m) => m.AspirationPage),
      },
      {
        path: 'plan',
        title: 'Growth plan',
        loadComponent: () => import('./plan/plan-page').then((m) => m.PlanPage),
      },
      {
        path: 'evidence',
        title: 'Evidence',
        loadComponent: () => import('./evidence/evidence-log-page').then((m) => m.EvidenceLogPage),
      },
      {
        path: 'evidence/new',
        title: 'Log evidence',
        loadComponent: () => import('./evidence/evidence-form-page').then((m) => m.EvidenceFormPage),
      },
      {
        path: 'evidence/:evidenceId',
        title: 'Edit evidence',
        loadComponent: () => import('./evidence/evidence-form-page').then((m) => m.EvidenceFormPage),
      },
      {
        path: 'readiness',
        title: 'Readiness',
        loadComponent: () => import('./readiness/readiness-page').then((m) => m.ReadinessPage),
      },
      {
        path: 'ladder',
        title: 'Career ladder',
        loadComponent: () => import('./ladder/ladder-page').then((m) => m.LadderPage),
      },
      {
        path: 'conversations',
        title: 'Career conversations',
        loadComponent: () => import('./conversations/conversations-page').then((m) => m.ConversationsPage),
      },
      {
        path: 'conversations/new',
        title: 'Ask for a career conversation',
        loadComponent: () =>
          import('./conversations/conversation-request-page').then((m) => m.ConversationRequestPage),
      },
      {
        path: 'conversations/:conversationId',
        title: 'Career conversation',
        loadComponent: () => import('./conversations/conversation-page').then((m) => m.ConversationPage),
      },
      {
        path: 'notifications',
        title: 'Notifications',
        loadComponent: () => import('./notifications/notifications-page').then((m) => m.NotificationsPage),
      },
      // "A seat matching your aspiration opened" notifications link here; until the
      // Me area has a positions page, readiness is where such news is acted on.
      { path: 'positions/:positionId', redirectTo: 'readiness' },
    ],
  },
];
