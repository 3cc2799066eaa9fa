import type { Role } from '@trellis/domain';

import { ACME } from './acme';
import { GLOBEX } from './globex';
import type { OrganizationSeed } from './seed-model';

export const DEMO_PASSWORD = 'trellis-demo';

/** Everything the demo seeds, per organization. */
export const DEMO_SEEDS: readonly OrganizationSeed[] = [ACME, GLOBEX];

/** A persona of DESIGN.md, who signs in with the demo password. */
export interface DemoPerson {
  readonly key: string;
  readonly name: string;
  readonly email: string;
  readonly title: string;
  readonly roles: readonly Role[];
}

export interface DemoOrganization {
  readonly key: string;
  readonly name: string;
  readonly slug: string;
  /** The demo logins; other clients and the README rely on them. */
  readonly people: DemoPerson[];
}

// Personas carry their email and title explicitly in the seed data (acme/, globex.ts).
export const DEMO_ORGANIZATIONS: DemoOrganization[] = DEMO_SEEDS.map((org) => ({
  key: org.key,
  name: org.name,
  slug: org.slug,
  people: org.people.flatMap((person) =>
    person.login && person.email && person.title
      ? [
          {
            key: person.key,
            name: person.name,
            email: person.email,
            title: person.title,
            roles: person.roles ?? ['member'],
          },
        ]
      : [],
  ),
}));
