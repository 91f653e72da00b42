import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reports' count tables, kept exact by PostgreSQL triggers, so that the
 * overview sums a few thousand rows instead of counting a million lobbying
 * actions per request:
 *
 * - `activity_day_counts` / `activity_month_counts`: per country and UTC day
 *   (or month), how many events, lobbying actions and testimonies count as
 *   activity (a column each, so a country's day is one row). A period reads whole months from the month
 *   table and only its partial first and last months from the day table.
 * - `member_country_counts`: active member organizations per country
 *   (headquartered or working there, each once).
 *
 * The reports feature owns these tables; nothing else writes them. The
 * triggers sit on the owners' tables (events, lobbying_actions, testimonies,
 * organizations, organization_countries) because that is the one place that
 * sees every write, whether it comes from a service, the CSV import, a merge
 * or plain SQL, in the writer's own transaction: the counts can never lag
 * behind or drift from the rows, which a job refreshing them after writes
 * could. What counts is the owners' rule, stated in their figure modules
 * (events/event-figures.ts: planned or held events, on their UTC start day;
 * lobbying-actions/lobbying-figures.ts: actions not planned, on their
 * occurred day; testimonies/testimony-figures.ts: every testimony, on its
 * UTC day of receipt); the reports e2e tests check the two agree.
 *
 * The triggers are per statement, with transition tables: a bulk insert
 * (the import, the benchmark's generator) adds one grouped upsert, not one
 * per row. Activity counts are deltas, so concurrent writers only meet on the
 * same (country, day) row. Member counts are recounted for the
 * countries a statement touched, under one transaction-scoped advisory lock,
 * so that two concurrent membership changes cannot each count without the
 * other's row.
 *
 * The tables are filled from the existing rows at the end (the backfill),
 * in the same transaction as the triggers, whose creation locks the source
 * tables against writes until it commits.
 */

/** Each counted table (also its column in the count tables): its UTC day and the rule of what counts (mirrors the owners' figure modules). */
const ACTIVITY = [
  { table: 'events', day: `(starts_at AT TIME ZONE 'UTC')::date`, counted: `status IN ('planned', 'held') AND country_id IS NOT NULL` },
  { table: 'lobbying_actions', day: 'occurred_on', counted: `status <> 'planned'` },
  { table: 'testimonies', day: `(created_at AT TIME ZONE 'UTC')::date`, counted: 'true' },
] as const;

const MEMBER_TABLES = ['organizations', 'organization_countries'] as const;

export class CreateReportCounts1765600000000 implements MigrationInterface {
  name = 'CreateReportCounts1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, period, check] of [
      ['activity_day_counts', 'day', 'true'],
      ['activity_month_counts', 'month', 'extract(day FROM month) = 1'],
    ]) {
      await queryRunner.query(`
        CREATE TABLE ${table} (
          country_id uuid NOT NULL REFERENCES countries (id) ON DELETE CASCADE,
          ${period} date NOT NULL CHECK (${check}),
          ${ACTIVITY.map((source) => `${source.table} integer NOT NULL DEFAULT 0`).join(',\n          ')},
          PRIMARY KEY (country_id, ${period})
        )`);
      await queryRunner.query(`CREATE INDEX ${table}_${period}_idx ON ${table} (${period}) INCLUDE (country_id, ${ACTIVITY.map((source) => source.table).join(', ')})`);
    }
    await queryRunner.query(`
      CREATE TABLE member_country_counts (
        country_id uuid PRIMARY KEY REFERENCES countries (id) ON DELETE CASCADE,
        members integer NOT NULL
      )`);

    // Adds the statement's changes (country_id, day, delta) to the counted table's column of the day and month counts. A row that falls to zero stays.
    await queryRunner.query(`
      CREATE FUNCTION report_count_activity() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        counted_rows text := format('SELECT country_id, %s AS day FROM %%I WHERE %s', TG_ARGV[1], TG_ARGV[2]);
        changes text;
      BEGIN
        changes := CASE TG_OP
          WHEN 'INSERT' THEN format('SELECT country_id, day, 1 AS delta FROM (%s) r', format(counted_rows, 'new_rows'))
          WHEN 'DELETE' THEN format('SELECT country_id, day, -1 AS delta FROM (%s) r', format(counted_rows, 'old_rows'))
          ELSE format('SELECT country_id, day, 1 AS delta FROM (%s) r UNION ALL SELECT country_id, day, -1 FROM (%s) o',
                      format(counted_rows, 'new_rows'), format(counted_rows, 'old_rows'))
        END;
        EXECUTE format($sql$
          WITH delta AS (
            SELECT country_id, day, sum(delta)::int AS delta FROM (%1$s) c GROUP BY country_id, day HAVING sum(delta) <> 0
          ), days AS (
            INSERT INTO activity_day_counts AS t (country_id, day, %2$I)
            SELECT country_id, day, delta FROM delta ORDER BY country_id, day
            ON CONFLICT (country_id, day) DO UPDATE SET %2$I = t.%2$I + excluded.%2$I
          )
          INSERT INTO activity_month_counts AS t (country_id, month, %2$I)
          SELECT country_id, date_trunc('month', day)::date, sum(delta) FROM delta GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
          ON CONFLICT (country_id, month) DO UPDATE SET %2$I = t.%2$I + excluded.%2$I
        $sql$, changes, TG_TABLE_NAME);
        RETURN NULL;
      END $fn$`);
    for (const { table, day, counted } of ACTIVITY) {
      const args = [table, day, counted].map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
      await queryRunner.query(
        `CREATE TRIGGER ${table}_report_counts_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION report_count_activity(${args})`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_report_counts_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION report_count_activity(${args})`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_report_counts_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
           FOR EACH STATEMENT EXECUTE FUNCTION report_count_activity(${args})`,
      );
    }

    // Recounts the active members of the given countries from the current rows, after the lock (a fresh snapshot per statement).
    await queryRunner.query(`
      CREATE FUNCTION report_recount_members(country_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        IF coalesce(cardinality(country_ids), 0) = 0 THEN RETURN; END IF;
        PERFORM pg_advisory_xact_lock(hashtext('member_country_counts'));
        INSERT INTO member_country_counts AS t (country_id, members)
        SELECT c.id, count(m.organization_id)::int
          FROM countries c
          LEFT JOIN (
            SELECT o.headquarters_country_id AS country_id, o.id AS organization_id FROM organizations o
             WHERE o.membership_status = 'active' AND o.headquarters_country_id = ANY(country_ids)
            UNION
            SELECT oc.country_id, oc.organization_id FROM organization_countries oc
              JOIN organizations o ON o.id = oc.organization_id AND o.membership_status = 'active'
             WHERE oc.country_id = ANY(country_ids)
          ) m ON m.country_id = c.id
         WHERE c.id = ANY(country_ids)
         GROUP BY c.id
        ON CONFLICT (country_id) DO UPDATE SET members = excluded.members WHERE t.members <> excluded.members;
      END $fn$`);
    // Organizations: the countries of those whose membership status or headquarters changed (and where they work).
    await queryRunner.query(`
      CREATE FUNCTION report_count_organization_members() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        changed uuid[];
        touched uuid[];
      BEGIN
        -- One statement per operation: a query naming a transition table the trigger lacks does not plan.
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(id), array_agg(headquarters_country_id) INTO changed, touched FROM new_rows WHERE membership_status = 'active';
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(id), array_agg(headquarters_country_id) INTO changed, touched FROM old_rows WHERE membership_status = 'active';
        ELSE
          SELECT array_agg(n.id), array_agg(n.headquarters_country_id) || array_agg(o.headquarters_country_id) INTO changed, touched
            FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.membership_status = 'active') <> (o.membership_status = 'active')
              OR n.headquarters_country_id IS DISTINCT FROM o.headquarters_country_id;
        END IF;
        IF changed IS NULL THEN RETURN NULL; END IF;
        touched := touched || (SELECT array_agg(country_id) FROM organization_countries WHERE organization_id = ANY(changed));
        PERFORM report_recount_members((SELECT array_agg(DISTINCT id) FROM unnest(touched) AS t(id) WHERE id IS NOT NULL));
        RETURN NULL;
      END $fn$`);
    // Countries of work: the countries of the rows added, removed or moved.
    await queryRunner.query(`
      CREATE FUNCTION report_count_organization_country_members() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        touched uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT country_id) INTO touched FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT country_id) INTO touched FROM old_rows;
        ELSE
          SELECT array_agg(DISTINCT country_id) INTO touched FROM (SELECT n.country_id FROM new_rows n UNION SELECT o.country_id FROM old_rows o) c;
        END IF;
        PERFORM report_recount_members(touched);
        RETURN NULL;
      END $fn$`);
    for (const table of MEMBER_TABLES) {
      const fn = table === 'organizations' ? 'report_count_organization_members' : 'report_count_organization_country_members';
      await queryRunner.query(
        `CREATE TRIGGER ${table}_report_counts_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_report_counts_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_report_counts_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
    }

    // Backfill: the counts of the rows already there.
    for (const { table, day, counted } of ACTIVITY) {
      await queryRunner.query(
        `INSERT INTO activity_day_counts AS t (country_id, day, ${table})
         SELECT country_id, ${day}, count(*) FROM ${table} WHERE ${counted} GROUP BY 1, 2
         ON CONFLICT (country_id, day) DO UPDATE SET ${table} = excluded.${table}`,
      );
    }
    const columns = ACTIVITY.map((source) => source.table);
    await queryRunner.query(
      `INSERT INTO activity_month_counts (country_id, month, ${columns.join(', ')})
       SELECT country_id, date_trunc('month', day)::date, ${columns.map((column) => `sum(${column})`).join(', ')} FROM activity_day_counts GROUP BY 1, 2`,
    );
    await queryRunner.query(`SELECT report_recount_members(array_agg(id)) FROM countries`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...ACTIVITY.map((source) => source.table), ...MEMBER_TABLES]) {
      for (const operation of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${table}_report_counts_${operation} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION report_count_organization_country_members()`);
    await queryRunner.query(`DROP FUNCTION report_count_organization_members()`);
    await queryRunner.query(`DROP FUNCTION report_recount_members(uuid[])`);
    await queryRunner.query(`DROP FUNCTION report_count_activity()`);
    await queryRunner.query(`DROP TABLE member_country_counts`);
    await queryRunner.query(`DROP TABLE activity_month_counts`);
    await queryRunner.query(`DROP TABLE activity_day_counts`);
  }
}
