import type { OrganizationSeed } from '../seed-model';
import { ACME_ASPIRATIONS } from './aspirations';
import { ACME_PERSONA_CONVERSATIONS } from './conversations-personas';
import { ACME_TEAM_CONVERSATIONS } from './conversations-teams';
import { ACME_PERSONA_EVIDENCE } from './evidence-personas';
import { ACME_TEAM_EVIDENCE } from './evidence-teams';
import { ACME_PERSONA_PLANS } from './growth-plans';
import { ACME_TEAM_PLANS } from './growth-plans-teams';
import { ACME_ENGINEERING_PEOPLE } from './people-engineering';
import { ACME_PEOPLE_AND_OPERATIONS, ACME_PRODUCT_PEOPLE, ACME_TEAMS } from './people-product';
import { ACME_NOTIFICATIONS, ACME_POSITIONS } from './positions-notifications';

/** Acme: the personas of DESIGN.md and the company around them, with three years of history. */
export const ACME: OrganizationSeed = {
  key: 'acme',
  name: 'Acme',
  slug: 'acme',
  teams: ACME_TEAMS,
  // Product first, then engineering, then HR and operations: the order of the demo logins.
  people: [...ACME_PRODUCT_PEOPLE, ...ACME_ENGINEERING_PEOPLE, ...ACME_PEOPLE_AND_OPERATIONS],
  aspirations: ACME_ASPIRATIONS,
  growthPlans: [...ACME_PERSONA_PLANS, ...ACME_TEAM_PLANS],
  evidence: [...ACME_PERSONA_EVIDENCE, ...ACME_TEAM_EVIDENCE],
  conversations: [...ACME_PERSONA_CONVERSATIONS, ...ACME_TEAM_CONVERSATIONS],
  positions: ACME_POSITIONS,
  notifications: ACME_NOTIFICATIONS,
};
