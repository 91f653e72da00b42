import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The problems of an import get a stable code and the values they name, for
 * clients to word in the reader's language, beside the English message: each
 * line of the error report, and the reason a failed import stopped. Rows
 * written before have none, and are shown by their message.
 */
export class AddImportProblemCodes1765800000000 implements MigrationInterface {
  name = 'AddImportProblemCodes1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_row_errors ADD COLUMN code varchar(40), ADD COLUMN params jsonb`);
    await queryRunner.query(`ALTER TABLE import_jobs ADD COLUMN failure_code varchar(40), ADD COLUMN failure_params jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_jobs DROP COLUMN failure_code, DROP COLUMN failure_params`);
    await queryRunner.query(`ALTER TABLE import_row_errors DROP COLUMN code, DROP COLUMN params`);
  }
}
