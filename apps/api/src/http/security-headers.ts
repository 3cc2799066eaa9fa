import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

import { CORRELATION_HEADER } from './correlation-id';

// Angular's build loads its stylesheet with `onload="this.media='all'"`; this hash
// allows that one handler and no other inline script.
const ANGULAR_STYLESHEET_ONLOAD = "'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='";

/**
 * Helmet's headers with a Content-Security-Policy that the web app and Swagger UI
 * (/api/docs) both live with: scripts from this origin only, no plugins, no framing.
 * Styles may be inline: Angular adds component styles and Swagger UI sets style
 * attributes at run time.
 */
export const securityHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'unsafe-hashes'", ANGULAR_STYLESHEET_ONLOAD],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
    frameguard: { action: 'deny' },
  });

/**
 * API responses carry personal data and tokens: no browser or proxy may keep them.
 * The OpenAPI document and Swagger UI's assets are the exception.
 */
export const noStoreForApi =
  (prefix: string): RequestHandler =>
  (request: Request, response: Response, next: NextFunction) => {
    const path = request.path;
    const api = path === `/${prefix}` || path.startsWith(`/${prefix}/`);
    if (api && !path.startsWith(`/${prefix}/docs`)) {
      response.setHeader('Cache-Control', 'no-store');
    }
    next();
  };

/** Cross-origin callers allowed by CORS_ORIGINS; none at all (no CORS headers) when it is empty. */
export const corsOptionsFor = (origins: readonly string[]): CorsOptions | undefined =>
  origins.length === 0
    ? undefined
    : {
        origin: [...origins],
        // The refresh cookie is the session: allowed origins may send it.
        credentials: true,
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        allowedHeaders: ['Authorization', 'Content-Type', CORRELATION_HEADER],
        exposedHeaders: [CORRELATION_HEADER, 'Retry-After'],
        maxAge: 600,
      };
