import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's own loggers print a failed statement's parameters, and Postgres error
 * messages quote the offending value: both would copy career data (evidence text,
 * notes, aspirations) into the logs. This one keeps what an operator needs, the
 * parameterised SQL and the error's code and constraint, and never a value.
 */
export class RedactingQueryLogger implements TypeOrmLogger {
  readonly #logger = new Logger('Database');

  logQuery(): void {
    // Successful statements are not logged (request logging covers timing).
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[] | object): void {
    this.#logger.error(
      JSON.stringify({
        event: 'query_failed',
        ...describeError(error),
        query: oneLine(query),
        parameterCount: Array.isArray(parameters) ? parameters.length : 0,
      }),
    );
  }

  logQuerySlow(time: number, query: string): void {
    this.#logger.warn(JSON.stringify({ event: 'query_slow', ms: time, query: oneLine(query) }));
  }

  logSchemaBuild(message: string): void {
    this.#logger.debug(message);
  }

  logMigration(message: string): void {
    this.#logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = typeof message === 'string' ? message : JSON.stringify(message);
    if (level === 'warn') this.#logger.warn(text);
    else this.#logger.log(text);
  }
}

const oneLine = (sql: string): string => sql.replace(/\s+/g, ' ').trim().slice(0, 2000);

// node-postgres errors carry the SQLSTATE, the table and the constraint apart from
// the message; the message itself may quote input ("invalid input syntax … "x"").
const describeError = (error: string | Error): Record<string, string | undefined> => {
  if (typeof error === 'string') return { code: undefined };
  const pg = error as Error & { code?: string; table?: string; constraint?: string; routine?: string };
  return { code: pg.code, table: pg.table, constraint: pg.constraint, routine: pg.routine };
};
