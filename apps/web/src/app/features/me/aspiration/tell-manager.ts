import { inject } from '@angular/core';
import { Router } from '@angular/router';

import type { Aspiration } from '@trellis/domain';

import type { LevelInLadder } from '../data/ladder-lookup';

// "Say it out loud": from the aspiration to a conversation request, with an
// agenda already written from what the person declared.
export const aspirationAgenda = (aspiration: Aspiration, target: LevelInLadder | null): string => {
  const where = target
    ? `${target.level.name} (${target.track.discipline}, ${target.track.kind === 'management' ? 'management' : 'individual contributor'} track)`
    : 'my next role';
  const lines = [`I would like to talk about where I want to go next: ${where}.`];
  if (aspiration.statement.trim()) lines.push('', aspiration.statement.trim());
  lines.push('', 'What do you think I would need to show, and how can we get there?');
  return lines.join('\n');
};

// The agenda rides in the navigation state, not the URL: it is private text,
// and a URL ends up in the history and in server logs.
export interface ConversationRequestState {
  readonly agenda?: string;
}

export const injectTellManager = () => {
  const router = inject(Router);
  return (agenda: string) =>
    router.navigate(['/me/conversations/new'], {
      queryParams: { topic: 'aspiration' },
      state: { agenda } satisfies ConversationRequestState,
    });
};
