import { Global, Module } from '@nestjs/common';

import { AppConfig } from './app-config';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The typed config, parsed once in main.ts, is the only door to the environment. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig & { jwtSecret: string; databaseUrl: string }) {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

export type ResolvedConfig = AppConfig & { readonly jwtSecret: string; readonly databaseUrl: string };
