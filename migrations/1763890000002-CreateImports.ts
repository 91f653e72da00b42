import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateImports1763890000002 implements MigrationInterface {
  name = 'CreateImports1763890000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        resource varchar(20) NOT NULL CONSTRAINT import_jobs_resource_check CHECK (resource IN ('organizations', 'people')),
        dry_run boolean NOT NULL DEFAULT false,
        status varchar(10) NOT NULL DEFAULT 'queued'
          CONSTRAINT import_jobs_status_check CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        file_name varchar(255) NOT NULL,
        file_size integer NOT NULL,
        processed_rows integer NOT NULL DEFAULT 0,
        created_count integer NOT NULL DEFAULT 0,
        updated_count integer NOT NULL DEFAULT 0,
        error_count integer NOT NULL DEFAULT 0,
        failure_reason text,
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX import_jobs_created_at_idx ON import_jobs (created_at)`);
    await queryRunner.query(`CREATE INDEX import_jobs_status_idx ON import_jobs (status)`);
    await queryRunner.query(`
      CREATE TABLE import_files (
        import_id uuid PRIMARY KEY REFERENCES import_jobs (id) ON DELETE CASCADE,
        content bytea NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE import_row_errors (
        id bigserial PRIMARY KEY,
        import_id uuid NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
        row_number integer NOT NULL,
        field varchar(60) NOT NULL,
        message text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX import_row_errors_import_idx ON import_row_errors (import_id, row_number)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE import_row_errors`);
    await queryRunner.query(`DROP TABLE import_files`);
    await queryRunner.query(`DROP TABLE import_jobs`);
  }
}
