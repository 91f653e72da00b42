import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How many data rows an import's file holds, counted before its rows are imported, so progress is a fraction. */
export class AddImportJobTotalRows1763893000000 implements MigrationInterface {
  name = 'AddImportJobTotalRows1763893000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_jobs ADD COLUMN total_rows integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_jobs DROP COLUMN total_rows`);
  }
}
