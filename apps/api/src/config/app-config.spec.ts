import { ConfigError, DEFAULT_AUTH_THROTTLE, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('should default to the demo set-up: embedded database under .data, port 3000, demo seed', () => {
    const config = loadConfig({}, '/repo');
    expect(config).toMatchObject({
      environment: 'development',
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/repo/.data',
      webDir: '/repo/dist/apps/web/browser',
      seedDemo: true,
      logFormat: 'pretty',
    });
  });

  it('should honour TRELLIS_DATA_DIR, PORT and DATABASE_URL', () => {
    const config = loadConfig(
      { TRELLIS_DATA_DIR: '/tmp/t', PORT: '4100', DATABASE_URL: 'postgres://u:p@db:5432/trellis' },
      '/repo',
    );
    expect(config).toMatchObject({
      dataDir: '/tmp/t',
      port: 4100,
      databaseUrl: 'postgres://u:p@db:5432/trellis',
    });
  });

  it('should treat an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }, '/repo')).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
    });
  });

  it('should name the variable that holds a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('should refuse to start in production without a JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/t' })).toThrow(
      /JWT_SECRET/,
    );
  });

  it('should refuse a placeholder JWT secret in production', () => {
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/t',
      JWT_SECRET: 'changeme-changeme-changeme-changeme',
    };
    expect(() => loadConfig(env)).toThrow(ConfigError);
  });

  it('should accept a real secret in production and log JSON there', () => {
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/t',
      JWT_SECRET: 'q'.repeat(12) + 'Zx8w1Lr0p2Kd7Hv5Yt3Nb6',
    };
    expect(loadConfig(env)).toMatchObject({ environment: 'production', seedDemo: false, logFormat: 'json' });
  });

  it('should allow no cross-origin caller and throttle sign-in by default', () => {
    expect(loadConfig({}, '/repo')).toMatchObject({
      corsOrigins: [],
      authThrottle: {
        accountFailures: { max: 5, windowSeconds: 900 },
        ipFailures: { max: 20, windowSeconds: 60 },
        ipRequests: { max: 300, windowSeconds: 60 },
      },
    });
  });

  it('should read a CORS allowlist of origins', () => {
    expect(
      loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:4200' }).corsOrigins,
    ).toEqual(['https://app.example.com', 'http://localhost:4200']);
  });

  it.each(['*', 'https://app.example.com/', 'app.example.com', 'ftp://files.example.com'])(
    'should refuse %j as a CORS origin',
    (origin) => {
      expect(() => loadConfig({ CORS_ORIGINS: origin })).toThrow(/CORS_ORIGINS/);
    },
  );

  it('should let each throttling limit be tuned and refuse a zero', () => {
    const config = loadConfig({ AUTH_ACCOUNT_MAX_FAILURES: '10', AUTH_IP_REQUEST_WINDOW_SECONDS: '30' });
    expect(config.authThrottle).toEqual({
      ...DEFAULT_AUTH_THROTTLE,
      accountFailures: { max: 10, windowSeconds: 900 },
      ipRequests: { max: 300, windowSeconds: 30 },
    });
    expect(() => loadConfig({ AUTH_IP_MAX_FAILURES: '0' })).toThrow(/AUTH_IP_MAX_FAILURES/);
  });
});
