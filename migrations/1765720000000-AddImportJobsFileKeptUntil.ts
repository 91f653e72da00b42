import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A completed dry run keeps its file for a while, so that the real import
 * starts from it without the file being chosen again; this is until when.
 */
export class AddImportJobsFileKeptUntil1765720000000 implements MigrationInterface {
  name = 'AddImportJobsFileKeptUntil1765720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_jobs ADD COLUMN file_kept_until timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_jobs DROP COLUMN file_kept_until`);
  }
}
