import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/app-config.js';
import { CONTRACT_TYPES_FILE, renderContractTypes } from './contract-types.js';
import { createOpenApiDocument } from './openapi-document.js';

/**
 * `npm run contract:types`: writes the admin's record types from the API's
 * OpenAPI document. Nest's preview mode reads the controllers and DTOs
 * without creating a provider, so no database or Redis is needed; the
 * addresses below are never dialled.
 */
async function main(): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://contract-types@127.0.0.1:1/unused',
    REDIS_URL: 'redis://127.0.0.1:1',
    JWT_SECRET: 'contract-types-only-never-signs-a-token',
    LOG_LEVEL: 'error',
  });
  const app = await NestFactory.create(AppModule.register(config), { preview: true, logger: false });
  app.setGlobalPrefix('api');
  const document = createOpenApiDocument(app);
  await app.close();
  const file = resolve(process.cwd(), CONTRACT_TYPES_FILE);
  await writeFile(file, await renderContractTypes(document), 'utf8');
  process.stdout.write(`${CONTRACT_TYPES_FILE} written\n`);
}

await main();
