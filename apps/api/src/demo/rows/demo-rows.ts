import type { MoveEntity } from '../../mobility/move.entity';
import type { NotificationEntity } from '../../notifications/notification.entity';
import type { PersonEntity } from '../../people/person.entity';
import type { TeamEntity } from '../../people/team.entity';
import type { PositionEntity } from '../../positions/position.entity';
import type { OrganizationSeed } from '../seed-model';
import { conversationRows, notificationRows, type ConversationRows } from './conversation-rows';
import { evidenceRows, growthRows, type EvidenceRows, type GrowthRows } from './growth-rows';
import { peopleRows, positionRows, teamRows, type Row, type TeamLead } from './people-rows';
import { SeedContext, type FrameworkKeys } from './seed-context';

export interface DemoRows extends Omit<GrowthRows, 'actionIds'>, EvidenceRows, ConversationRows {
  readonly teams: Row<TeamEntity>[];
  readonly teamLeads: TeamLead[];
  readonly people: Row<PersonEntity>[];
  readonly moves: Row<MoveEntity>[];
  readonly positions: Row<PositionEntity>[];
  readonly notifications: Row<NotificationEntity>[];
}

/** Every row of one organization's demo, with keys resolved to stable ids. Pure: no database. */
export const demoRows = (
  org: OrganizationSeed,
  framework: FrameworkKeys,
  passwordHashOf: (personId: string) => string | null,
): DemoRows => {
  const ctx = new SeedContext(org, framework);
  const { teams, leads } = teamRows(ctx);
  const { people, moves } = peopleRows(ctx, passwordHashOf);
  if (new Set(people.map((p) => p.email)).size !== people.length) ctx.fail('two people share an email');
  const { actionIds, ...growth } = growthRows(ctx);
  return {
    teams,
    teamLeads: leads,
    people,
    moves,
    ...growth,
    ...evidenceRows(ctx),
    ...conversationRows(ctx, actionIds),
    positions: positionRows(ctx, moves),
    notifications: notificationRows(ctx),
  };
};
