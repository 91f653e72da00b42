import pg from 'pg';

export default async function globalTeardown() {
  const infra = JSON.parse(process.env.COALITION_TEST_INFRA ?? '{}');
  if (infra.serverUrl) {
    const admin = new pg.Client({ connectionString: infra.serverUrl });
    await admin.connect();
    const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${infra.runId}%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  }
  const servers = globalThis.__coalitionServers;
  await servers?.redis.stop();
  await servers?.server.stop();
}
