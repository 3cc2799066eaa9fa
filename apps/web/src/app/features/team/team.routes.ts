import { Route } from '@angular/router';

// The "Team" area, for whoever has reports. The paths match the links the API
// writes into notifications: /team/people/<id>, /team/evidence/<id>,
// /team/conversations/<id>.
export const teamRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./team-layout').then((m) => m.TeamLayout),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Team',
        loadComponent: () => import('./team-home-page').then((m) => m.TeamHomePage),
      },
      {
        path: 'people/:personId',
        title: 'Team member',
        loadComponent: () => import('./person/team-person-page').then((m) => m.TeamPersonPage),
      },
      {
        path: 'reviews',
        title: 'Evidence to review',
        loadComponent: () => import('./reviews/review-queue-page').then((m) => m.ReviewQueuePage),
      },
      {
        path: 'evidence/:evidenceId',
        title: 'Review evidence',
        loadComponent: () => import('./reviews/evidence-review-page').then((m) => m.EvidenceReviewPage),
      },
      {
        path: 'conversations',
        title: 'Career conversations with your team',
        loadComponent: () =>
          import('./conversations/team-conversations-page').then((m) => m.TeamConversationsPage),
      },
      {
        path: 'conversations/new',
        title: 'Start a career conversation',
        loadComponent: () =>
          import('./conversations/conversation-start-page').then((m) => m.ConversationStartPage),
      },
      {
        path: 'conversations/:conversationId',
        title: 'Career conversation',
        loadComponent: () =>
          import('./conversations/conversation-workspace-page').then((m) => m.ConversationWorkspacePage),
      },
    ],
  },
];
