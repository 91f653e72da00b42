import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed logins are counted per e-mail and client address in Redis now; an account no longer keeps a count that anyone could drive up. */
export class DropUsersFailedLoginCount1763895100001 implements MigrationInterface {
  name = 'DropUsersFailedLoginCount1763895100001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN failed_login_count`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0`);
  }
}
