import { AuthSessionEntity } from '../auth/auth-session.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { TeamEntity } from '../people/team.entity';

// Listed as classes, not globs: the API is bundled into one main.js.
export const ENTITIES = [OrganizationEntity, TeamEntity, PersonEntity, AuthSessionEntity];
