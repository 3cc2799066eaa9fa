import type { Position } from '@trellis/domain';

import type { PositionEntity } from './position.entity';

export const toPosition = (entity: PositionEntity): Position => ({
  id: entity.id,
  teamId: entity.teamId,
  levelId: entity.levelId,
  title: entity.title,
  status: entity.status,
  openedOn: entity.openedOn,
  filledOn: entity.filledOn,
  filledById: entity.filledById,
  createdAt: entity.createdAt.toISOString(),
});

/** Today as a calendar date (UTC), for the dates a seat opens, fills and moves on. */
export const today = (): string => new Date().toISOString().slice(0, 10);
