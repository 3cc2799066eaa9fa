import { ConsoleLogger, INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';

import { PEOPLE_IMPORT_CONTENT_TYPE, PEOPLE_IMPORT_MAX_BYTES } from '@trellis/domain';

import { AppModule } from '../app.module';
import type { ResolvedConfig } from '../config/config.module';
import { corsOptionsFor, noStoreForApi, securityHeaders } from './security-headers';
import { refuseNulInUrl, refuseUnstorableText } from './storable-input';

export const API_PREFIX = 'api';

const LOG_LEVELS: Record<ResolvedConfig['environment'], LogLevel[]> = {
  development: ['log', 'warn', 'error', 'fatal'],
  production: ['log', 'warn', 'error', 'fatal'],
  test: ['warn', 'error', 'fatal'],
};

/** Builds the HTTP application; shared by main.ts and the integration tests so both run the same stack. */
export const createApp = async (config: ResolvedConfig): Promise<INestApplication> => {
  const logger = new ConsoleLogger({
    json: config.logFormat === 'json',
    colors: config.logFormat === 'pretty' && process.stdout.isTTY,
    logLevels: LOG_LEVELS[config.environment],
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bodyParser: false,
  });
  // Before everything else, so that every answer (a 413 from the body parser too) carries them.
  app.use(securityHeaders());
  app.use(noStoreForApi(API_PREFIX));
  const cors = corsOptionsFor(config.corsOrigins);
  if (cors) app.enableCors(cors);
  app.use(refuseNulInUrl);
  app.useBodyParser('json', { limit: '256kb', reviver: refuseUnstorableText });
  // The org chart import reads a CSV file (POST /api/imports/people): larger than any JSON body.
  app.useBodyParser('text', { type: PEOPLE_IMPORT_CONTENT_TYPE, limit: PEOPLE_IMPORT_MAX_BYTES });
  // Only a proxy on this machine may name the client (X-Forwarded-For): throttling keys on it.
  app.set('trust proxy', 'loopback');
  app.setGlobalPrefix(API_PREFIX);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Trellis API')
      .setDescription(
        'Career development between managers and reports. Errors are RFC 9457 problem details; lists are paginated with ?limit=&cursor=.',
      )
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('trellis_refresh')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, cleanupOpenApiDoc(document), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
  });
  return app;
};
