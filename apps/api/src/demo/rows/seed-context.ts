import { SEED_LADDER } from '../../frameworks/seed-ladder';
import { demoId, demoOrganizationId } from '../demo-id';
import type { CriterionKey, LevelKey, OrganizationSeed, PersonSeed } from '../seed-model';

/** The framework rows an organization's demo data points at, by key. */
export interface FrameworkKeys {
  readonly levelIds: ReadonlyMap<string, string>;
  readonly criterionIds: ReadonlyMap<string, string>;
}

/** A mistake in the demo data itself: caught by the integration spec, never by users. */
export class DemoDataError extends Error {
  constructor(organization: string, message: string) {
    super(`Demo data of ${organization}: ${message}`);
    this.name = 'DemoDataError';
  }
}

const LEVEL_NAMES = new Map(SEED_LADDER.tracks.flatMap((t) => t.levels.map((l) => [l.key, l.name] as const)));

/** Resolves the keys of one organization's seed data to stable ids, refusing unknown keys. */
export class SeedContext {
  readonly organizationId: string;
  private readonly people: ReadonlyMap<string, PersonSeed>;
  private readonly teams: ReadonlySet<string>;

  constructor(
    readonly org: OrganizationSeed,
    private readonly framework: FrameworkKeys,
  ) {
    this.organizationId = demoOrganizationId(org.key);
    this.people = new Map(org.people.map((p) => [p.key, p]));
    this.teams = new Set(org.teams.map((t) => t.name));
    if (this.people.size !== org.people.length) this.fail('two people share a key');
    if (this.teams.size !== org.teams.length) this.fail('two teams share a name');
  }

  fail(message: string): never {
    throw new DemoDataError(this.org.key, message);
  }

  /** A stable id for a record of this organization. */
  id(kind: string, ...key: string[]): string {
    return demoId([kind, this.org.key, ...key].join(':'));
  }

  person(key: string): PersonSeed {
    return this.people.get(key) ?? this.fail(`unknown person "${key}"`);
  }

  personId(key: string): string {
    return this.id('person', this.person(key).key);
  }

  /** The id of a person's manager; someone without a manager has no one to talk to or review them. */
  managerIdOf(key: string): string {
    const manager = this.person(key).manager;
    return manager ? this.personId(manager) : this.fail(`${key} has no manager`);
  }

  teamId(name: string): string {
    return this.teams.has(name) ? this.id('team', name) : this.fail(`unknown team "${name}"`);
  }

  levelId(key: LevelKey): string {
    return this.framework.levelIds.get(key) ?? this.fail(`the ladder has no level "${key}"`);
  }

  levelName(key: LevelKey): string {
    return LEVEL_NAMES.get(key) ?? this.fail(`the ladder has no level "${key}"`);
  }

  criterionId(key: CriterionKey): string {
    return this.framework.criterionIds.get(key) ?? this.fail(`the ladder has no criterion "${key}"`);
  }
}

/** A fixed time of day for a date, so that rows written from dates sort naturally. */
export const at = (date: string, time = '09:00:00'): Date => new Date(`${date}T${time}Z`);
