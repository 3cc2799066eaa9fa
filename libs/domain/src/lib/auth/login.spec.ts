import { LoginRequestSchema } from './login';

describe('LoginRequestSchema', () => {
  it('should accept an email and a password', () => {
    expect(LoginRequestSchema.parse({ email: 'priya@acme.test', password: 'trellis-demo' })).toEqual({
      email: 'priya@acme.test',
      password: 'trellis-demo',
    });
  });

  it.each([
    [{ email: 'not-an-email', password: 'x' }, 'email'],
    [{ email: 'priya@acme.test', password: '' }, 'password'],
    [{ email: 'priya@acme.test' }, 'password'],
  ])('should reject %j naming the field %s', (input, field) => {
    const result = LoginRequestSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('should reject unknown fields so that no client can smuggle data in', () => {
    const result = LoginRequestSchema.safeParse({
      email: 'priya@acme.test',
      password: 'x',
      roles: ['admin'],
    });
    expect(result.success).toBe(false);
  });
});
