import { Logger } from '@nestjs/common';

import { RedactingQueryLogger } from './redacting-query-logger';

describe('RedactingQueryLogger', () => {
  const secret = 'my private career note';
  let logged: string[];

  beforeEach(() => {
    logged = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('should log a failed statement with its SQL, code and constraint but no value', () => {
    const error = Object.assign(new Error(`invalid input syntax for type uuid: "${secret}"`), {
      code: '22P02',
      table: 'conversation_notes',
      constraint: undefined,
    });
    new RedactingQueryLogger().logQueryError(error, 'INSERT INTO "conversation_notes" ("body") VALUES ($1)', [
      secret,
    ]);

    expect(logged).toHaveLength(1);
    expect(logged[0]).not.toContain(secret);
    expect(JSON.parse(logged[0] ?? '{}')).toEqual({
      event: 'query_failed',
      code: '22P02',
      table: 'conversation_notes',
      query: 'INSERT INTO "conversation_notes" ("body") VALUES ($1)',
      parameterCount: 1,
    });
  });

  it('should cope with an error given as text, without repeating it', () => {
    new RedactingQueryLogger().logQueryError(secret, 'SELECT 1');
    expect(logged[0]).not.toContain(secret);
  });
});
