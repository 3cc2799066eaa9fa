import { randomBytes } from 'node:crypto';

import { DEMO_ORGANIZATIONS } from '../../src/demo/demo-organizations';
import { startTestApp, TestApp } from '../int/test-app';
import { asText, discoverRoutes, IdCatalog, OpenApiCatalog, queryVariants, type ApiRoute } from './routes';

// The canary scan (issue 4, item 8): a unique string is planted in every piece of
// data with a reader restriction, then every GET route is crawled as every demo
// persona. A canary may appear only in answers to someone its rule allows.
//
// Rules (DESIGN.md, "Access rules"):
// - a private note reaches its author alone;
// - conversation content (shared notes, the agenda) reaches its two participants alone;
// - an aspiration not shared with HR, and evidence bodies, reach their person and
//   that person's managers (the subtree rule) alone: never HR, an admin or a peer;
// - nothing reaches the other organization.
//
// One narrow exception, decided for GDPR access requests (issue 7, item 6): an admin
// may reach the exported person's evidence-body, aspiration, shared-note and
// conversation-agenda canaries through GET /api/admin/people/:id/export alone (the
// export of that person, in the admin's organization). Never a private note: that
// export is "made by someone else" (DESIGN.md). The exception is route-aware, so no
// other route an admin calls is loosened.

interface Persona {
  readonly email: string;
  readonly id: string;
  readonly organizationId: string;
  readonly roles: readonly string[];
}

type CanaryKind =
  | 'private-note'
  | 'shared-note'
  | 'conversation-agenda'
  | 'aspiration-not-shared-with-hr'
  | 'aspiration-shared-with-hr'
  | 'evidence-body'
  | 'control';

/** The request a canary was found in: its route pattern and the path parameters filled in. */
interface ScanRequest {
  readonly route: string;
  readonly params: Readonly<Record<string, string>>;
}

interface Canary {
  readonly token: string;
  readonly kind: CanaryKind;
  readonly rowId: string;
  readonly rule: string;
  mayReach(persona: Persona | undefined, request: ScanRequest): boolean;
}

const GDPR_EXPORT_ROUTE = '/api/admin/people/:id/export';

/**
 * The GDPR exception: the request is an admin of `organizationId` exporting one of
 * `subjects` (the people the data belongs to) through the GDPR export route.
 */
const isGdprExportOf = (
  persona: Persona | undefined,
  request: ScanRequest,
  organizationId: string,
  subjects: readonly string[],
): boolean =>
  request.route === GDPR_EXPORT_ROUTE &&
  persona !== undefined &&
  persona.roles.includes('admin') &&
  persona.organizationId === organizationId &&
  subjects.includes(request.params['id'] ?? '');

const CANARY_PATTERN = /CANARY-[A-Z]+-[0-9a-f]{12}/gi;
const MAX_PAGES = 50;

interface PersonRow {
  id: string;
  organization_id: string;
  email: string | null;
  roles: string[];
  manager_id: string | null;
}

describe('Canary scan: restricted data reaches only those allowed', () => {
  let t: TestApp;
  let personas: Persona[];
  const canaries = new Map<string, Canary>();
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    const people = await t.dataSource.query<PersonRow[]>(
      `SELECT id, organization_id, email, roles, manager_id FROM people`,
    );
    const byEmail = new Map(people.map((person) => [person.email, person]));
    personas = DEMO_ORGANIZATIONS.flatMap((org) => org.people).map(({ email }) => {
      const row = byEmail.get(email);
      if (!row) throw new Error(`The demo persona ${email} is not seeded`);
      return { email, id: row.id, organizationId: row.organization_id, roles: row.roles };
    });
    await plantCanaries(people);
    for (const persona of personas) tokens.set(persona.email, (await t.signIn(persona.email)).accessToken);
  });
  afterAll(() => t.close());

  const plant = (kind: CanaryKind, rowId: string, rule: string, mayReach: Canary['mayReach']): string => {
    const token = `CANARY-${kind
      .replace(/[^a-z]/g, '')
      .slice(0, 8)
      .toUpperCase()}-${randomBytes(6).toString('hex')}`;
    canaries.set(token.toLowerCase(), { token, kind, rowId, rule, mayReach });
    return token;
  };

  const plantCanaries = async (people: PersonRow[]): Promise<void> => {
    const managerOf = new Map(people.map((person) => [person.id, person.manager_id]));
    // The person and everyone above them: who may see their aspirations and evidence.
    const subjectOrManagers = (subject: string): Set<string> => {
      const chain = new Set<string>();
      for (let at: string | null | undefined = subject; at && !chain.has(at); at = managerOf.get(at)) {
        chain.add(at);
      }
      return chain;
    };
    const db = t.dataSource;
    // Prepended, so that a preview that cuts the text short still carries it.
    const prepend = (column: string) => `${column} = $1 || ' ' || ${column}`;

    const notes = await db.query<
      {
        id: string;
        visibility: string;
        author_id: string;
        report_id: string;
        manager_id: string;
        organization_id: string;
      }[]
    >(`SELECT n.id, n.visibility, n.author_id, c.report_id, c.manager_id, c.organization_id
         FROM conversation_notes n JOIN conversations c ON c.id = n.conversation_id`);
    for (const note of notes) {
      const token =
        note.visibility === 'private'
          ? plant(
              'private-note',
              note.id,
              `private note: its author ${note.author_id} alone`,
              (p) => p?.id === note.author_id,
            )
          : plant(
              'shared-note',
              note.id,
              'shared note: the two participants alone (and an admin’s GDPR export of either)',
              (p, request) =>
                [note.report_id, note.manager_id].includes(p?.id ?? '') ||
                isGdprExportOf(p, request, note.organization_id, [note.report_id, note.manager_id]),
            );
      await db.query(`UPDATE conversation_notes SET ${prepend('body')} WHERE id = $2`, [token, note.id]);
    }

    const conversations = await db.query<
      { id: string; report_id: string; manager_id: string; organization_id: string }[]
    >(`SELECT id, report_id, manager_id, organization_id FROM conversations`);
    for (const conversation of conversations) {
      const participants = [conversation.report_id, conversation.manager_id];
      const token = plant(
        'conversation-agenda',
        conversation.id,
        'agenda: the two participants alone (and an admin’s GDPR export of either)',
        (p, request) =>
          participants.includes(p?.id ?? '') ||
          isGdprExportOf(p, request, conversation.organization_id, participants),
      );
      await db.query(`UPDATE conversations SET ${prepend('agenda')} WHERE id = $2`, [token, conversation.id]);
    }

    const aspirations = await db.query<
      { id: string; person_id: string; organization_id: string; shared_with_hr: boolean }[]
    >(`SELECT id, person_id, organization_id, shared_with_hr FROM aspirations`);
    for (const aspiration of aspirations) {
      const allowed = subjectOrManagers(aspiration.person_id);
      const token = aspiration.shared_with_hr
        ? plant(
            'aspiration-shared-with-hr',
            aspiration.id,
            'shared aspiration: its organization alone',
            (p) => p?.organizationId === aspiration.organization_id,
          )
        : plant(
            'aspiration-not-shared-with-hr',
            aspiration.id,
            'aspiration not shared with HR: the person and their managers alone (and an admin’s GDPR export of the person)',
            (p, request) =>
              allowed.has(p?.id ?? '') ||
              isGdprExportOf(p, request, aspiration.organization_id, [aspiration.person_id]),
          );
      await db.query(
        `UPDATE aspirations SET ${prepend('statement')}, ${prepend('motivations')}, ${prepend('strengths')} WHERE id = $2`,
        [token, aspiration.id],
      );
    }

    const evidence = await db.query<{ id: string; person_id: string; organization_id: string }[]>(
      `SELECT id, person_id, organization_id FROM evidence`,
    );
    for (const item of evidence) {
      const allowed = subjectOrManagers(item.person_id);
      const token = plant(
        'evidence-body',
        item.id,
        'evidence body: the person and their managers alone (and an admin’s GDPR export of the person)',
        (p, request) =>
          allowed.has(p?.id ?? '') || isGdprExportOf(p, request, item.organization_id, [item.person_id]),
      );
      await db.query(
        `UPDATE evidence SET ${prepend('challenge')}, ${prepend('actions')}, ${prepend('outcome')}, ${prepend('metrics')} WHERE id = $2`,
        [token, item.id],
      );
    }

    // A positive control: a criterion description everyone of its organization reads
    // through GET /api/frameworks/:id. If the scan never sees this one, it sees nothing.
    const [criterion] = await db.query<{ id: string; organization_id: string }[]>(
      `SELECT c.id, c.organization_id FROM criteria c JOIN frameworks f ON f.id = c.framework_id
        WHERE f.status = 'published' ORDER BY c.key LIMIT 1`,
    );
    if (criterion) {
      const token = plant(
        'control',
        criterion.id,
        'criterion description: its organization alone',
        (p) => p?.organizationId === criterion.organization_id,
      );
      await db.query(`UPDATE criteria SET ${prepend('description')} WHERE id = $2`, [token, criterion.id]);
    }
  };

  it('should find no restricted canary in any GET answer to anyone the rules exclude', async () => {
    const ids = await IdCatalog.load(t.dataSource);
    const openApi = await OpenApiCatalog.load(t.http);
    const routes = discoverRoutes(t.app).filter((route) => route.method === 'GET');

    // Ids worth probing: everything of the personas and of anyone a canary is about,
    // organization-wide rows (frameworks…) of both organizations, and an unknown id.
    const interesting = new Set<string>(personas.map((p) => p.id));
    for (const table of ['conversations', 'aspirations', 'evidence', 'conversation_notes']) {
      for (const row of ids.rowsOf(table)) row.people.forEach((person) => interesting.add(person));
    }
    const choose = (table: string): string[] => {
      const owned = ids.rowsOwnedBy(table, interesting).map((row) => row.id);
      const shared = ids.rowsOf(table).filter((row) => row.people.length === 0);
      const perOrganization = personas
        .map((p) => p.organizationId)
        .flatMap((org) => shared.filter((row) => row.organizationId === org).slice(0, 3))
        .map((row) => row.id);
      return [...new Set([...owned, ...perOrganization, '00000000-0000-4000-8000-000000000000'])];
    };
    // Each concrete path with the parameters it was filled with: the route-aware rule reads them.
    const requestsOf = (route: ApiRoute): { path: string; request: ScanRequest }[] =>
      ids.concretePaths(route, choose).flatMap(({ path, values }) =>
        queryVariants(openApi.queryParameters(route), values, ids).map((query) => ({
          path: query.size > 0 ? `${path}?${query.toString()}` : path,
          request: { route: route.path, params: values },
        })),
      );
    const plan = routes.map((route) => ({ route, requests: requestsOf(route) }));

    const violations: string[] = [];
    const serverErrors: string[] = [];
    const hitsByKind = new Map<string, number>();
    const hitsByRoute = new Map<string, number>();
    let requests = 0;
    let personaRoutePairs = 0;

    const scanAs = async (persona: Persona | undefined): Promise<void> => {
      const token = persona && tokens.get(persona.email);
      for (const { route, requests: planned } of plan) {
        personaRoutePairs++;
        for (const { path: first, request } of planned) {
          let path: string | undefined = first;
          for (let page = 0; path && page < MAX_PAGES; page++) {
            const call = t.http.get(path).buffer(true).parse(asText);
            if (token) call.set('Authorization', `Bearer ${token}`);
            const response = await call;
            requests++;
            const text = String(response.body);
            const who = persona?.email ?? 'anonymous';
            if (response.status >= 500) serverErrors.push(`${who} GET ${path} → ${response.status}`);
            const haystack = `${JSON.stringify(response.headers)}\n${text}`;
            for (const match of haystack.match(CANARY_PATTERN) ?? []) {
              const canary = canaries.get(match.toLowerCase());
              if (!canary) continue;
              hitsByKind.set(canary.kind, (hitsByKind.get(canary.kind) ?? 0) + 1);
              const where = `${canary.kind} via GET ${route.path}`;
              hitsByRoute.set(where, (hitsByRoute.get(where) ?? 0) + 1);
              if (!canary.mayReach(persona, request)) {
                violations.push(
                  `${who} GET ${path} (${route.path}) served a ${canary.kind} canary: ${canary.rule}`,
                );
              }
            }
            path = nextPage(path, text);
          }
        }
      }
    };
    await Promise.all([...personas, undefined].map((persona) => scanAs(persona)));

    const planted = new Map<string, number>();
    for (const canary of canaries.values()) planted.set(canary.kind, (planted.get(canary.kind) ?? 0) + 1);
    console.info(
      [
        `Canary scan: ${personas.length} personas + anonymous × ${routes.length} GET routes = ${personaRoutePairs} (persona × route) pairs, ${requests} requests`,
        `planted: ${JSON.stringify(Object.fromEntries(planted))}`,
        `hits (allowed or not): ${JSON.stringify(Object.fromEntries(hitsByKind))}`,
        `hits by route: ${JSON.stringify(Object.fromEntries(hitsByRoute))}`,
        `violations: ${violations.length}; 5xx: ${serverErrors.length}`,
        ...violations.slice(0, 20),
        ...serverErrors.slice(0, 20),
      ].join('\n'),
    );

    expect(planted.get('private-note')).toBeGreaterThan(0);
    expect(planted.get('aspiration-not-shared-with-hr')).toBeGreaterThan(0);
    expect(planted.get('evidence-body')).toBeGreaterThan(0);
    // The control canary proves the crawl reaches real data.
    expect(hitsByKind.get('control')).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(serverErrors).toEqual([]);
  }, 300_000);
});

/** The next page of a paginated answer (`nextCursor`), if any. */
const nextPage = (path: string, text: string): string | undefined => {
  let cursor: unknown;
  try {
    cursor = (JSON.parse(text) as { nextCursor?: unknown }).nextCursor;
  } catch {
    return undefined;
  }
  if (typeof cursor !== 'string' || cursor === '') return undefined;
  const url = new URL(path, 'http://scan.invalid');
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
};
