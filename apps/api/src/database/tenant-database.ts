import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The one way services reach tenant data: a transaction in which Postgres
 * row-level security shows only the given organization's rows. The pool runs as
 * the app role, so a query outside such a transaction sees nothing at all.
 */
@Injectable()
export class TenantDatabase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(organizationId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      // Transaction-local (SET LOCAL): it ends with the transaction and never leaks to
      // the next user of this pooled connection.
      await manager.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
      return work(manager);
    });
  }
}
