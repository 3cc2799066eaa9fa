import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { APP_CONFIG, ResolvedConfig } from '../config/config.module';
import { dataSourceOptions } from './data-source';
import { TenantDatabase } from './tenant-database';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: ResolvedConfig) => ({
        ...dataSourceOptions(config.databaseUrl),
        // Migrations run explicitly in main.ts (and once in the tests' global set-up).
        migrationsRun: false,
      }),
    }),
  ],
  providers: [TenantDatabase],
  exports: [TenantDatabase],
})
export class DatabaseModule {}
