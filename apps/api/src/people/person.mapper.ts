import type { Person } from '@trellis/domain';

import type { PersonEntity } from './person.entity';

/** Builds the public Person shape field by field: nothing leaks by being on the entity. */
export const toPerson = (entity: PersonEntity): Person => ({
  id: entity.id,
  name: entity.name,
  email: entity.email,
  title: entity.title,
  teamId: entity.teamId,
  managerId: entity.managerId,
  levelId: entity.levelId,
});
