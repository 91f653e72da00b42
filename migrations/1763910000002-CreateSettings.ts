import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Settings an admin changes at run time, one JSON value per key, starting with
 * the security policy (which roles must use two-factor authentication; none by default).
 */
export class CreateSettings1763910000002 implements MigrationInterface {
  name = 'CreateSettings1763910000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE settings (
        id varchar(60) PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        value jsonb NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO settings (id, value) VALUES ('security-policy', '{"twoFactorRequiredRoles": []}')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE settings`);
  }
}
