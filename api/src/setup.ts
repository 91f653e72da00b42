import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config.js';
import { ensureInitialAdmin, migrate } from './launcher/prepare-database.js';

/**
 * One-off preparation of a database for the containers: applies pending
 * migrations and creates the first admin on an empty database. Safe to run
 * at every start.
 */
async function setup(): Promise<void> {
  const config = loadConfig();
  const applied = await migrate(config.DATABASE_URL);
  console.log(`[setup] ${applied.length} migration(s) applied`);
  const admin = await ensureInitialAdmin(config.DATABASE_URL, process.env.ADMIN_EMAIL ?? 'admin@example.org', process.env.ADMIN_PASSWORD);
  if (admin) {
    console.log(`[setup] created the first admin: ${admin.email}`);
    if (admin.generatedPassword) console.log(`[setup] its generated password, shown this once: ${admin.generatedPassword}`);
  }
}

setup().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
