import type { Aspiration } from '@trellis/domain';

import type { AspirationEntity } from './aspiration.entity';

export const toAspiration = (entity: AspirationEntity): Aspiration => ({
  personId: entity.personId,
  targetLevelId: entity.targetLevelId,
  statement: entity.statement,
  motivations: entity.motivations,
  strengths: entity.strengths,
  horizon: entity.horizon,
  sharedWithHr: entity.sharedWithHr,
  version: entity.version,
  updatedAt: entity.updatedAt.toISOString(),
});
