import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tasks: follow-ups assigned to a user or to a member organization, written
 * by hand, from a lobbying action's follow-up date, or by the daily calendar
 * job. A generated task has a `generated_key` (the follow-up of one action;
 * the preparation of one occasion in one country by one focal point), unique,
 * so that regenerating it updates or skips the row instead of adding one.
 */
export class CreateTasks1765000000002 implements MigrationInterface {
  name = 'CreateTasks1765000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        title varchar(300) NOT NULL,
        description text,
        due_on date,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
        origin text NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'follow_up', 'calendar')),
        assignee_user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        assignee_organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
        country_id uuid REFERENCES countries (id) ON DELETE SET NULL,
        source_type text CHECK (source_type IN ('lobbying_action', 'event', 'country')),
        source_id uuid,
        generated_key varchar(200),
        completed_at timestamptz,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        search_text text GENERATED ALWAYS AS (public.immutable_unaccent(lower(title))) STORED,
        CONSTRAINT tasks_one_assignee CHECK (num_nonnulls(assignee_user_id, assignee_organization_id) = 1),
        CONSTRAINT tasks_source_pair CHECK ((source_type IS NULL) = (source_id IS NULL)),
        CONSTRAINT tasks_generated_have_key CHECK (origin = 'manual' OR generated_key IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX tasks_generated_key_idx ON tasks (generated_key)`);
    await queryRunner.query(`CREATE INDEX tasks_assignee_user_open_idx ON tasks (assignee_user_id, status, due_on)`);
    await queryRunner.query(`CREATE INDEX tasks_assignee_organization_open_idx ON tasks (assignee_organization_id, status, due_on)`);
    await queryRunner.query(`CREATE INDEX tasks_status_due_on_idx ON tasks (status, due_on)`);
    await queryRunner.query(`CREATE INDEX tasks_due_on_idx ON tasks (due_on)`);
    await queryRunner.query(`CREATE INDEX tasks_country_idx ON tasks (country_id)`);
    await queryRunner.query(`CREATE INDEX tasks_source_idx ON tasks (source_type, source_id)`);
    await queryRunner.query(`CREATE INDEX tasks_origin_idx ON tasks (origin)`);
    await queryRunner.query(`CREATE INDEX tasks_created_by_idx ON tasks (created_by_user_id)`);
    await queryRunner.query(`CREATE INDEX tasks_search_trgm_idx ON tasks USING gin (search_text gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE tasks`);
  }
}
