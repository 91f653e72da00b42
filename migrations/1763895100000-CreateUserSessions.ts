import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A row per signed-in device: access tokens name their session, so ending the
 * row ends the tokens. Only a hash of the refresh secret is stored; the
 * previous one is kept to recognise a stolen cookie that comes back.
 */
export class CreateUserSessions1763895100000 implements MigrationInterface {
  name = 'CreateUserSessions1763895100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        refresh_token_hash char(64) NOT NULL,
        previous_refresh_token_hash char(64),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent varchar(512),
        ip varchar(64)
      )`);
    await queryRunner.query(`CREATE INDEX user_sessions_user_id_idx ON user_sessions (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE user_sessions`);
  }
}
