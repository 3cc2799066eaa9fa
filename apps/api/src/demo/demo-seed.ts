import { Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import type { PasswordHasher } from '../auth/password-hasher';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { TeamEntity } from '../people/team.entity';
import { demoId } from './demo-id';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-organizations';

export interface SeedReport {
  readonly organizations: number;
  readonly teams: number;
  readonly people: number;
}

/**
 * Seeds the demo organizations idempotently: every row has a stable id and is
 * inserted only when missing, so a second start changes nothing (and keeps
 * whatever the demo users changed).
 */
export const seedDemoOrganizations = async (
  dataSource: DataSource,
  hasher: Pick<PasswordHasher, 'hash'>,
): Promise<SeedReport> => {
  const inserted = { organizations: 0, teams: 0, people: 0 };
  await dataSource.transaction(async (manager) => {
    for (const org of DEMO_ORGANIZATIONS) {
      const organizationId = demoId(`organization:${org.key}`);
      const orgResult = await manager
        .createQueryBuilder()
        .insert()
        .into(OrganizationEntity)
        .values({ id: organizationId, name: org.name, slug: org.slug })
        .orIgnore()
        .returning('id')
        .execute();
      // With ON CONFLICT DO NOTHING, only rows actually inserted come back.
      inserted.organizations += (orgResult.raw as unknown[]).length;

      const teamResult = await manager
        .createQueryBuilder()
        .insert()
        .into(TeamEntity)
        .values(org.teams.map((name) => ({ id: demoId(`team:${org.key}:${name}`), organizationId, name })))
        .orIgnore()
        .returning('id')
        .execute();
      inserted.teams += (teamResult.raw as unknown[]).length;

      const personIds = org.people.map((p) => demoId(`person:${org.key}:${p.key}`));
      const existing = new Set(
        (await manager.find(PersonEntity, { where: { id: In(personIds) }, select: { id: true } })).map(
          (p) => p.id,
        ),
      );
      const missing = org.people.filter((p) => !existing.has(demoId(`person:${org.key}:${p.key}`)));
      for (const person of missing) {
        await manager.insert(PersonEntity, {
          id: demoId(`person:${org.key}:${person.key}`),
          organizationId,
          name: person.name,
          email: person.email,
          title: person.title,
          teamId: demoId(`team:${org.key}:${person.team}`),
          managerId: person.manager ? demoId(`person:${org.key}:${person.manager}`) : null,
          roles: person.roles,
          passwordHash: await hasher.hash(DEMO_PASSWORD),
          hireDate: person.hireDate,
          active: true,
        });
      }
      inserted.people += missing.length;
    }
  });
  new Logger('DemoSeed').log(
    `Demo organizations ready (inserted ${inserted.organizations} organizations, ${inserted.teams} teams, ${inserted.people} people)`,
  );
  return inserted;
};
