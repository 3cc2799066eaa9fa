import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import type { TeamDepth, TeamMember, TeamSort } from '@trellis/domain';

import { Icon } from '../../shared/icon/icon';
import { relativeTime } from './data/relative-time';
import { FLAG_HINTS, FLAG_LABELS, SORT_PHRASES } from './data/team-labels';

// The team overview's rows: a table on a desktop, one card per person on a phone.
@Component({
  selector: 'app-team-members-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, Icon],
  templateUrl: './team-members-table.html',
  styleUrl: './team-members-table.scss',
})
export class TeamMembersTable {
  readonly members = input.required<readonly TeamMember[]>();
  readonly depth = input.required<TeamDepth>();
  readonly sort = input.required<TeamSort>();

  protected readonly flagLabels = FLAG_LABELS;
  protected readonly flagHints = FLAG_HINTS;
  protected readonly sortPhrases = SORT_PHRASES;
  protected readonly relative = relativeTime;

  protected readinessPercent(member: TeamMember): number | null {
    return member.readiness === null ? null : Math.round(member.readiness * 100);
  }

  protected conversationOverdue(member: TeamMember): boolean {
    return Date.parse(member.conversationDueAt) < Date.now();
  }
}
