import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { TOTAL_ESTIMATED_HEADER } from './list/content-range.interceptor.js';
import { httpLoggerOptions } from './logging/logger-options.js';
import { PinoLoggerService } from './logging/pino-logger.service.js';
import { createOpenApiDocument } from './openapi/openapi-document.js';
import { validationExceptionFactory } from './common/validation-failure.js';

/** Builds the configured HTTP application without listening, so that tests drive the same app as production. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const logger = PinoLoggerService.create('api', config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), { logger, abortOnError: false, rawBody: true });
  app.use(pinoHttp({ ...httpLoggerOptions, logger: logger.pino }));
  app.setGlobalPrefix('api');
  // Only the refresh cookie is read, by the auth routes; nothing else relies on cookies.
  app.use(cookieParser());
  app.set('trust proxy', config.trustProxy);
  // Answers hold members' private data: no browser or proxy cache may keep them.
  app.use('/api', (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  // The admin UI's files travel compressed (its JavaScript shrinks to about a
  // third). API answers do not: they mix secrets with text the caller chose,
  // which is what compression side channels need.
  app.use(compression({ filter: (request, response) => !request.path.startsWith('/api') && compression.filter(request, response) }));
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': null } },
    }),
  );
  app.enableCors({
    origin: config.corsOrigins,
    // A list's total, and whether it is an estimate, for an admin UI served from another origin.
    exposedHeaders: ['Content-Range', TOTAL_ESTIMATED_HEADER],
  });
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, stopAtFirstError: false, exceptionFactory: validationExceptionFactory }),
  );
  app.enableShutdownHooks();
  const document = createOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
