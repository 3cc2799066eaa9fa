import { startTestApp, TestApp } from '../../test/int/test-app';

describe('GET /api/health and the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should report the database up, without signing in', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('should publish an OpenAPI document generated from the domain schemas', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    const doc = response.body as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/me', '/api/health']),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['LoginRequestDto', 'MeDto_Output', 'Person_Output']),
    );
  });
});
