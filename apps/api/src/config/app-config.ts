import { resolve } from 'node:path';

import { z } from 'zod';

// Secrets that must never reach production: the values people paste from examples.
const PLACEHOLDER_SECRETS = [
  'changeme',
  'change-me',
  'secret',
  'jwt-secret',
  'your-secret',
  'placeholder',
  'trellis',
];

export interface RateLimit {
  readonly max: number;
  readonly windowSeconds: number;
}

/** Throttling of /api/auth/* (see auth/throttle/auth-throttle.ts). */
export interface AuthThrottleLimits {
  /** Failed sign-ins and password changes per account (email); a success resets it. */
  readonly accountFailures: RateLimit;
  /** Failed sign-ins, refreshes and password changes per client address. */
  readonly ipFailures: RateLimit;
  /** Every /api/auth/* request per client address: bounds the hashing and database work. */
  readonly ipRequests: RateLimit;
}

export const DEFAULT_AUTH_THROTTLE: AuthThrottleLimits = {
  accountFailures: { max: 5, windowSeconds: 15 * 60 },
  ipFailures: { max: 20, windowSeconds: 60 },
  ipRequests: { max: 300, windowSeconds: 60 },
};

const count = z.coerce.number().int().min(1);

export const DEFAULT_NUDGE_SWEEP_MINUTES = 60;

const isOrigin = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
};

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).optional(),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    TRELLIS_DATA_DIR: z.string().min(1).optional(),
    TRELLIS_WEB_DIR: z.string().min(1).optional(),
    JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
    TRELLIS_SEED_DEMO: z.stringbool().optional(),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    // Origins (scheme://host[:port]) allowed to call the API from a browser; none by default.
    CORS_ORIGINS: z
      .string()
      .transform((list) =>
        list
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.string().refine(isOrigin, { error: 'must be an origin such as https://app.example.com' })),
      )
      .optional(),
    AUTH_ACCOUNT_MAX_FAILURES: count.default(DEFAULT_AUTH_THROTTLE.accountFailures.max),
    AUTH_ACCOUNT_FAILURE_WINDOW_SECONDS: count.default(DEFAULT_AUTH_THROTTLE.accountFailures.windowSeconds),
    AUTH_IP_MAX_FAILURES: count.default(DEFAULT_AUTH_THROTTLE.ipFailures.max),
    AUTH_IP_FAILURE_WINDOW_SECONDS: count.default(DEFAULT_AUTH_THROTTLE.ipFailures.windowSeconds),
    AUTH_IP_MAX_REQUESTS: count.default(DEFAULT_AUTH_THROTTLE.ipRequests.max),
    AUTH_IP_REQUEST_WINDOW_SECONDS: count.default(DEFAULT_AUTH_THROTTLE.ipRequests.windowSeconds),
    // Minutes between two nudge sweeps (team/nudge-scheduler.ts); 0 turns the sweep off.
    TRELLIS_NUDGE_SWEEP_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
    } else if (PLACEHOLDER_SECRETS.some((p) => env.JWT_SECRET?.toLowerCase().includes(p))) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'looks like a placeholder; generate a random one',
      });
    }
    if (!env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required when NODE_ENV=production',
      });
    }
  });

export interface AppConfig {
  readonly environment: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string | undefined;
  /** Unset means: start the embedded Postgres under `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly webDir: string;
  /** Unset outside production means: generate one and keep it under `dataDir`. */
  readonly jwtSecret: string | undefined;
  readonly seedDemo: boolean;
  readonly logFormat: 'json' | 'pretty';
  /** Browser origins allowed cross-origin; empty means same-origin only. */
  readonly corsOrigins: readonly string[];
  readonly authThrottle: AuthThrottleLimits;
  /** Minutes between nudge sweeps; unset or 0: no sweep (the default under test). */
  readonly nudgeSweepMinutes?: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once at boot; a bad value names its variable. */
export const loadConfig = (env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig => {
  // An empty variable (`DATABASE_URL=`) means unset, as shells and CI systems pass blanks.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    environment: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(cwd, e.TRELLIS_DATA_DIR ?? '.data'),
    webDir: resolve(cwd, e.TRELLIS_WEB_DIR ?? 'dist/apps/web/browser'),
    jwtSecret: e.JWT_SECRET,
    seedDemo: e.TRELLIS_SEED_DEMO ?? !production,
    logFormat: e.LOG_FORMAT ?? (production ? 'json' : 'pretty'),
    corsOrigins: e.CORS_ORIGINS ?? [],
    authThrottle: {
      accountFailures: {
        max: e.AUTH_ACCOUNT_MAX_FAILURES,
        windowSeconds: e.AUTH_ACCOUNT_FAILURE_WINDOW_SECONDS,
      },
      ipFailures: { max: e.AUTH_IP_MAX_FAILURES, windowSeconds: e.AUTH_IP_FAILURE_WINDOW_SECONDS },
      ipRequests: { max: e.AUTH_IP_MAX_REQUESTS, windowSeconds: e.AUTH_IP_REQUEST_WINDOW_SECONDS },
    },
    nudgeSweepMinutes:
      e.TRELLIS_NUDGE_SWEEP_MINUTES ?? (e.NODE_ENV === 'test' ? 0 : DEFAULT_NUDGE_SWEEP_MINUTES),
  };
};
