import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import type { Response } from 'supertest';
import type { DataSource } from 'typeorm';

import type { TestApp } from '../int/test-app';

// Route discovery for the security scans: every route of the running app (from
// Express's router, so nothing can hide from the scans), what the OpenAPI document
// says about it (query parameters, request body), and concrete ids of the seeded
// demo for its path parameters.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const WRITE_METHODS: readonly HttpMethod[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** A route as Express knows it, e.g. GET /api/people/:id */
export interface ApiRoute {
  readonly method: HttpMethod;
  readonly path: string;
}

export const routeKey = (route: ApiRoute): string => `${route.method} ${route.path}`;

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every API route of the app (the OpenAPI document and Swagger UI under /api/docs excepted). */
export const discoverRoutes = (app: INestApplication): ApiRoute[] => {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } }).router;
  const seen = new Map<string, ApiRoute>();
  for (const layer of router.stack) {
    const path = layer.route?.path;
    if (!path || !path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
    for (const [method, enabled] of Object.entries(layer.route?.methods ?? {})) {
      const upper = method.toUpperCase();
      if (!enabled || upper === '_ALL' || upper === 'HEAD' || upper === 'OPTIONS') continue;
      const route = { method: upper as HttpMethod, path };
      seen.set(routeKey(route), route);
    }
  }
  return [...seen.values()].sort((a, b) => routeKey(a).localeCompare(routeKey(b)));
};

const PARAM = /:([A-Za-z0-9_]+)/g;

export const paramsOf = (path: string): string[] => [...path.matchAll(PARAM)].map((match) => match[1] ?? '');

/** The path with its parameters replaced (a random UUID for any not given). */
export const fillPath = (path: string, values: Readonly<Record<string, string>>): string =>
  path.replace(PARAM, (_, name: string) => encodeURIComponent(values[name] ?? randomUUID()));

// --- OpenAPI ----------------------------------------------------------------

export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
}

export interface OpenApiParameter {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: JsonSchema;
}

interface OpenApiOperation {
  readonly parameters?: readonly OpenApiParameter[];
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: JsonSchema }>> };
}

interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, JsonSchema>> };
}

/** What the app's own OpenAPI document (/api/docs-json) says about each route. */
export class OpenApiCatalog {
  private constructor(private readonly document: OpenApiDocument) {}

  static async load(http: TestApp['http']): Promise<OpenApiCatalog> {
    const response = await http.get('/api/docs-json').expect(200);
    return new OpenApiCatalog(response.body as OpenApiDocument);
  }

  private operation(route: ApiRoute): OpenApiOperation | undefined {
    const openApiPath = route.path.replace(PARAM, '{$1}');
    return this.document.paths[openApiPath]?.[route.method.toLowerCase()];
  }

  /** Whether the route is in the OpenAPI document at all. */
  documents(route: ApiRoute): boolean {
    return this.operation(route) !== undefined;
  }

  queryParameters(route: ApiRoute): OpenApiParameter[] {
    return (this.operation(route)?.parameters ?? [])
      .filter((parameter) => parameter.in === 'query')
      .map((parameter) => ({ ...parameter, schema: parameter.schema && this.resolve(parameter.schema) }));
  }

  /** Whether the route reads a request body at all (routes without one ignore it). */
  takesBody(route: ApiRoute): boolean {
    return this.operation(route)?.requestBody !== undefined;
  }

  /** The JSON body's schema, $refs resolved at the top. */
  bodySchema(route: ApiRoute): JsonSchema | undefined {
    const schema = this.operation(route)?.requestBody?.content?.['application/json']?.schema;
    return schema && this.resolve(schema);
  }

  resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; current.$ref && hops < 20; hops++) {
      const name = current.$ref.replace('#/components/schemas/', '');
      const target = this.document.components?.schemas?.[name];
      if (!target) return {};
      current = target;
    }
    return current;
  }
}

// --- Concrete ids -------------------------------------------------------------

/** A row of a tenant table: its id, organization, and the people it belongs to. */
export interface OwnedRow {
  readonly id: string;
  readonly organizationId: string | null;
  /** People the row is about or whose it is (subject, participants, author); empty for organization-wide rows. */
  readonly people: readonly string[];
}

// Who a row belongs to, for tables where that is not a `person_id` column.
const OWNERS_SQL: Readonly<Record<string, string>> = {
  people: `SELECT id, organization_id, ARRAY[id] AS people FROM people`,
  conversations: `SELECT id, organization_id, ARRAY[report_id, manager_id] AS people FROM conversations`,
  conversation_notes: `SELECT n.id, n.organization_id, ARRAY[c.report_id, c.manager_id] AS people
    FROM conversation_notes n JOIN conversations c ON c.id = n.conversation_id`,
  action_items: `SELECT a.id, a.organization_id, ARRAY[c.report_id, c.manager_id] AS people
    FROM action_items a JOIN conversations c ON c.id = a.conversation_id`,
  goals: `SELECT g.id, g.organization_id, ARRAY[p.person_id] AS people
    FROM goals g JOIN growth_plans p ON p.id = g.plan_id`,
  growth_actions: `SELECT a.id, a.organization_id, ARRAY[p.person_id] AS people
    FROM growth_actions a JOIN goals g ON g.id = a.goal_id JOIN growth_plans p ON p.id = g.plan_id`,
  evidence_reviews: `SELECT r.id, r.organization_id, ARRAY[e.person_id] AS people
    FROM evidence_reviews r JOIN evidence e ON e.id = r.evidence_id`,
};

// The path segment before a parameter names the table its ids come from.
const SEGMENT_TABLES: Readonly<Record<string, string>> = {
  people: 'people',
  persons: 'people',
  frameworks: 'frameworks',
  conversations: 'conversations',
  evidence: 'evidence',
  goals: 'goals',
  actions: 'growth_actions',
  'action-items': 'action_items',
  positions: 'positions',
  teams: 'teams',
  notifications: 'notifications',
  levels: 'levels',
  tracks: 'tracks',
  criteria: 'criteria',
  reviews: 'evidence_reviews',
  aspirations: 'aspirations',
  plans: 'growth_plans',
  'growth-plans': 'growth_plans',
  audit: 'audit_events',
  moves: 'moves',
};

const snake = (name: string): string =>
  name
    .replace(/-/g, '_')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();

/** Ids of the seeded database per table, with who each row belongs to (read on the owner connection). */
export class IdCatalog {
  private constructor(
    private readonly rows: ReadonlyMap<string, readonly OwnedRow[]>,
    private readonly levelsByFramework: ReadonlyMap<string, readonly string[]>,
  ) {}

  static async load(dataSource: DataSource): Promise<IdCatalog> {
    const columns = await dataSource.query<{ table_name: string; column_name: string }[]>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name IN ('id', 'organization_id', 'person_id')`,
    );
    const byTable = new Map<string, Set<string>>();
    for (const { table_name, column_name } of columns) {
      byTable.set(table_name, (byTable.get(table_name) ?? new Set()).add(column_name));
    }
    const rows = new Map<string, OwnedRow[]>();
    for (const [table, has] of byTable) {
      if (!has.has('id')) continue;
      const organization = has.has('organization_id') ? 'organization_id' : 'NULL::uuid';
      const people = has.has('person_id') ? 'ARRAY[person_id]' : 'ARRAY[]::uuid[]';
      const sql =
        OWNERS_SQL[table] ??
        `SELECT id, ${organization} AS organization_id, ${people} AS people FROM "${table}"`;
      const found = await dataSource.query<
        { id: string; organization_id: string | null; people: string[] }[]
      >(`SELECT * FROM (${sql}) AS owned ORDER BY id`);
      rows.set(
        table,
        found.map((row) => ({
          id: String(row.id),
          organizationId: row.organization_id,
          people: (row.people ?? []).filter(Boolean),
        })),
      );
    }
    const levels = await dataSource.query<{ framework_id: string; id: string }[]>(
      `SELECT t.framework_id, l.id FROM levels l JOIN tracks t ON t.id = l.track_id ORDER BY t.key, l.rank`,
    );
    const levelsByFramework = new Map<string, string[]>();
    for (const { framework_id, id } of levels) {
      levelsByFramework.set(framework_id, [...(levelsByFramework.get(framework_id) ?? []), id]);
    }
    return new IdCatalog(rows, levelsByFramework);
  }

  /** The table a path parameter's ids come from, if any: by its name (`teamId`) or the segment before it. */
  tableOf(path: string, param: string): string | undefined {
    if (param !== 'id' && /Id$/.test(param)) {
      const base = param.replace(/Id$/, '');
      for (const candidate of [
        SEGMENT_TABLES[`${base}s`],
        `${snake(base)}s`,
        snake(base),
        SEGMENT_TABLES[base],
      ]) {
        if (candidate && this.rows.has(candidate)) return candidate;
      }
    }
    const segments = path.split('/');
    const index = segments.indexOf(`:${param}`);
    const segment = index > 0 ? (segments[index - 1] ?? '') : '';
    const table = SEGMENT_TABLES[segment] ?? snake(segment);
    return this.rows.has(table) ? table : undefined;
  }

  rowsOf(table: string): readonly OwnedRow[] {
    return this.rows.get(table) ?? [];
  }

  /** Rows that belong to one of these people. */
  rowsOwnedBy(table: string, people: ReadonlySet<string>): OwnedRow[] {
    return this.rowsOf(table).filter((row) => row.people.some((person) => people.has(person)));
  }

  /** The levels of a framework, in track and rank order. */
  levelsOf(frameworkId: string): readonly string[] {
    return this.levelsByFramework.get(frameworkId) ?? [];
  }

  /**
   * Concrete paths for a route: for each parameter, the ids `choose` picks from its
   * table (a random UUID when the table is unknown), combined; at most `max` paths.
   */
  concretePaths(
    route: ApiRoute,
    choose: (table: string, param: string) => readonly string[],
    max = 500,
  ): { path: string; values: Record<string, string> }[] {
    let combos: Record<string, string>[] = [{}];
    for (const param of paramsOf(route.path)) {
      const table = this.tableOf(route.path, param);
      const ids = table ? choose(table, param) : [];
      const values = ids.length > 0 ? ids : [randomUUID()];
      combos = combos.flatMap((combo) => values.map((id) => ({ ...combo, [param]: id }))).slice(0, max);
    }
    return combos.map((values) => ({ path: fillPath(route.path, values), values }));
  }
}

// --- Query strings ------------------------------------------------------------

/**
 * Query strings worth sending to a GET route, from its OpenAPI parameters: the
 * largest page (`limit` at its maximum), required parameters filled with real ids,
 * and one variant per value of each enumerated parameter (`?status=…`, `?depth=all`).
 */
export const queryVariants = (
  parameters: readonly OpenApiParameter[],
  values: Readonly<Record<string, string>>,
  ids: IdCatalog,
): URLSearchParams[] => {
  const base = new URLSearchParams();
  for (const parameter of parameters) {
    const schema = parameter.schema ?? {};
    if (parameter.name === 'limit') {
      base.set('limit', String(schema.maximum ?? 100));
    } else if (parameter.required) {
      base.set(parameter.name, requiredValue(parameter, values, ids));
    }
  }
  const variants = [base];
  for (const parameter of parameters) {
    const options = parameter.schema?.enum ?? parameter.schema?.anyOf?.flatMap((option) => option.enum ?? []);
    if (!options || parameter.required) continue;
    for (const option of options) {
      const variant = new URLSearchParams(base);
      variant.set(parameter.name, String(option));
      variants.push(variant);
    }
  }
  return variants;
};

const requiredValue = (
  parameter: OpenApiParameter,
  values: Readonly<Record<string, string>>,
  ids: IdCatalog,
): string => {
  const schema = parameter.schema ?? {};
  if (schema.enum?.length) return String(schema.enum[0]);
  // `from`/`to` of a framework's level diff: the first and last level of that framework.
  if (parameter.name === 'from' || parameter.name === 'to') {
    const levels = values['id'] ? ids.levelsOf(values['id']) : [];
    const level = parameter.name === 'from' ? levels[0] : levels.at(-1);
    if (level) return level;
  }
  const table = ids.tableOf(`/x/:${parameter.name}`, parameter.name);
  const row = table ? ids.rowsOf(table)[0] : undefined;
  if (row) return row.id;
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1);
  return schema.format === 'uuid' ? randomUUID() : 'x';
};

/** Supertest parser that keeps every response body as text, so scans see exactly what was sent. */
export const asText = (response: Response, callback: (error: Error | null, body: string) => void): void => {
  // In Node, superagent hands parsers the raw response stream.
  const stream = response as unknown as NodeJS.ReadableStream;
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  stream.on('end', () => callback(null, text));
  stream.on('error', (error: Error) => callback(error, text));
};
