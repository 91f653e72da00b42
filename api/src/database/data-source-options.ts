import { fileURLToPath } from 'node:url';
import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { AuditSubscriber } from '../audit/audit.subscriber.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /** For scripts only: the entities they read or write. The API and the worker load theirs from the feature modules. */
  entities?: MixedList<Function | string | EntitySchema>;
}

/**
 * Every compiled migration, found by name (`<timestamp>-<VerbNoun>.js`) beside
 * this build, so that adding one is adding its file. TypeORM orders them by
 * the timestamp in the class name.
 */
export const MIGRATIONS_GLOB = fileURLToPath(new URL('../../../migrations/[0-9]*-*.js', import.meta.url));

/**
 * One definition of the connection, used by the API, the worker, the launcher
 * and the tests. It names no entity: the API and the worker load those of the
 * feature modules they import (autoLoadEntities), a script passes the few it uses.
 */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities ?? [],
    migrations: [MIGRATIONS_GLOB],
    subscribers: [AuditSubscriber],
    namingStrategy: new SnakeNamingStrategy(),
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'warn', 'migration'],
    applicationName: settings.applicationName ?? 'coalition-crm',
    extra: { max: settings.poolSize ?? 10 },
  };
}
