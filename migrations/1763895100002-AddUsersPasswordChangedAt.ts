import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When the password last changed: the hash is never audited, this column is, so every change leaves a trace. */
export class AddUsersPasswordChangedAt1763895100002 implements MigrationInterface {
  name = 'AddUsersPasswordChangedAt1763895100002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ADD COLUMN password_changed_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN password_changed_at`);
  }
}
