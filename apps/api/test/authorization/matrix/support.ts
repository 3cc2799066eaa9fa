import { demoFrameworkId, demoLevelId, demoPersonId } from '../../../src/demo/demo-id';

/**
 * The access rules of DESIGN.md as data: for each route (with concrete ids from
 * the demo organizations), the status each persona must get. Every route of the
 * API must be here or in PUBLIC_ROUTES (authorization-matrix.int-spec.ts fails
 * otherwise). 404 means "outside your scope" (the object does not exist for you);
 * 403 is a role-wide denial.
 */
export const PERSONAS = ['morgan', 'priya', 'sam', 'jordan', 'lee', 'harper', 'avery', 'hana'] as const;
export type Persona = (typeof PERSONAS)[number];
export const emailOf = (persona: Persona) => `${persona}@${persona === 'hana' ? 'globex' : 'acme'}.test`;

// Routes anyone may call. Adding one is a security decision: say why in review.
export const PUBLIC_ROUTES = new Set([
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  // Holding the refresh cookie is what ends a session (see AuthController.logout).
  'POST /api/auth/logout',
  'GET /api/health',
]);

export const acme = (key: string) => demoPersonId('acme', key);
export const IDS = {
  priya: acme('priya'),
  sam: acme('sam'),
  morgan: acme('morgan'),
  lee: acme('lee'),
  hana: demoPersonId('globex', 'hana'),
  acmeLadder: demoFrameworkId('acme'),
  globexLadder: demoFrameworkId('globex'),
  pmm2: demoLevelId('acme', 'pmm-2'),
  pmmManager: demoLevelId('acme', 'pmm-manager'),
};

export interface MatrixRow {
  /** The route template as Express knows it, e.g. GET /api/people/:id */
  readonly route: string;
  /** A concrete request: path (with query) and body (a string is sent as is, with its contentType). */
  readonly request: { readonly path: string; readonly body?: object | string; readonly contentType?: string };
  readonly expect: Readonly<Record<Persona, number>>;
  readonly why: string;
}

export const all = (status: number): Record<Persona, number> =>
  Object.fromEntries(PERSONAS.map((p) => [p, status])) as Record<Persona, number>;
export const acmeAll = (status: number, hana: number) => ({ ...all(status), hana });
