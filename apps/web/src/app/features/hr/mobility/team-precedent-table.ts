import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { FigureDefinition, Framework, MobilityTeamsReport, TeamMobility } from '@trellis/domain';

import { levelName } from '../../me/data/ladder-lookup';
import { duration, percent } from './precedent-format';

// The figures shown, in column order; labels and definitions come from the API.
const FIGURES = [
  'headcount',
  'promotions',
  'internalPromotionRate',
  'internalLeadShare',
  'medianDaysInLevel',
  'trackSwitches',
  'exitsAfterStall',
  'conversationCoverage',
  'aspirationsWithoutPath',
] as const;
type Figure = (typeof FIGURES)[number];

interface Column {
  readonly figure: Figure;
  readonly label: string;
  readonly definition: string;
}

// Per team: does it offer a path up? Each team's row is headed by its name;
// each column's header opens the definition of its figure (keyboard: Tab to
// the ⓘ button, Enter; Escape closes), and the same definitions are listed
// below the table.
@Component({
  selector: 'app-team-precedent-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-precedent-table.html',
  styleUrl: './team-precedent-table.scss',
})
export class TeamPrecedentTable {
  readonly report = input.required<MobilityTeamsReport>();
  readonly ladder = input<Framework | null>(null);
  // The team the page is filtered on, drawn out in the table.
  readonly selectedTeamId = input<string | null>(null);

  protected readonly percent = percent;
  protected readonly duration = duration;

  protected readonly columns = computed<Column[]>(() => {
    const byFigure = new Map<string, FigureDefinition>(
      this.report().definitions.map((definition) => [definition.figure, definition]),
    );
    return FIGURES.map((figure) => ({
      figure,
      label: byFigure.get(figure)?.label ?? figure,
      definition: byFigure.get(figure)?.definition ?? 'No definition was given for this figure.',
    }));
  });

  // Biggest teams first, so the table opens on where most people are.
  protected readonly teams = computed(() =>
    [...this.report().teams].sort(
      (a, b) => b.headcount - a.headcount || a.teamName.localeCompare(b.teamName),
    ),
  );

  protected levelsWithoutPath(team: TeamMobility): string {
    return team.levelsWithoutPath.map((id) => levelName(this.ladder(), id)).join(', ');
  }

  protected popoverId(figure: string): string {
    return `definition-${figure}`;
  }
}
