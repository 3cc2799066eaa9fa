import fc from 'fast-check';

import { SessionIssuer } from '../../src/auth/session-issuer';
import { startTestApp, TestApp } from '../int/test-app';

interface PersonRow {
  id: string;
  organization_id: string;
  manager_id: string | null;
  roles: string[];
  active: boolean;
  session_version: number;
}

/**
 * The reference model of DESIGN.md's rule for reading a person, small enough to
 * trust by reading it: same organization, and self, someone up your management
 * chain, your own manager, or HR / an admin; inactive people are gone.
 */
const canSee = (actor: PersonRow, target: PersonRow, byId: ReadonlyMap<string, PersonRow>): boolean => {
  if (actor.organization_id !== target.organization_id || !target.active) return false;
  if (actor.id === target.id || actor.manager_id === target.id) return true;
  if (actor.roles.includes('hr') || actor.roles.includes('admin')) return true;
  const seen = new Set<string>();
  for (let up = target.manager_id; up && !seen.has(up); up = byId.get(up)?.manager_id ?? null) {
    if (up === actor.id) return true;
    seen.add(up);
  }
  return false;
};

describe('Reading a person: the API agrees with the reference model (fast-check)', () => {
  let t: TestApp;
  let people: PersonRow[];
  let byId: Map<string, PersonRow>;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    people = await t.dataSource.query<PersonRow[]>(
      `SELECT id, organization_id, manager_id, roles, active, session_version FROM people WHERE deleted_at IS NULL`,
    );
    byId = new Map(people.map((p) => [p.id, p]));
    // Tokens for every active person of both organizations, not only those who can sign in.
    const issuer = t.app.get(SessionIssuer);
    for (const p of people.filter((person) => person.active)) {
      tokens.set(
        p.id,
        await issuer.signAccessToken({
          personId: p.id,
          organizationId: p.organization_id,
          sessionVersion: p.session_version,
        }),
      );
    }
  });
  afterAll(() => t.close());

  it('should allow GET /api/people/:id exactly when canSee(actor, target)', async () => {
    const actors = people.filter((p) => p.active);
    const outcomes = { allowed: 0, denied: 0 };
    // Half the cases pair strangers at random, half pair people of the same organization,
    // where the management chain decides.
    const anyPair = fc.tuple(fc.constantFrom(...actors), fc.constantFrom(...people));
    const colleagues = fc
      .constantFrom(...actors)
      .chain((actor) =>
        fc.tuple(
          fc.constant(actor),
          fc.constantFrom(...people.filter((p) => p.organization_id === actor.organization_id)),
        ),
      );
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyPair, colleagues), async ([actor, target]) => {
        const response = await t.http
          .get(`/api/people/${target.id}`)
          .set('Authorization', `Bearer ${tokens.get(actor.id) ?? ''}`);
        const expected = canSee(actor, target, byId) ? 200 : 404;
        outcomes[expected === 200 ? 'allowed' : 'denied']++;
        expect(response.status).toBe(expected);
      }),
      { numRuns: 400 },
    );
    // Both sides of the rule were exercised.
    expect(outcomes.allowed).toBeGreaterThan(20);
    expect(outcomes.denied).toBeGreaterThan(20);
  });

  it('should list in GET /api/people exactly the active people canSee allows', async () => {
    const sample = fc.sample(fc.constantFrom(...people.filter((p) => p.active)), { numRuns: 25, seed: 42 });
    for (const actor of sample) {
      const response = await t.http
        .get('/api/people')
        .query({ limit: 100 })
        .set('Authorization', `Bearer ${tokens.get(actor.id) ?? ''}`)
        .expect(200);
      const listed = (response.body as { items: { id: string }[] }).items.map((p) => p.id).sort();
      const expected = people
        .filter((target) => canSee(actor, target, byId))
        .map((p) => p.id)
        .sort();
      expect(listed).toEqual(expected);
    }
  });
});
