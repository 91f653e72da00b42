import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1763880000000 implements MigrationInterface {
  name = 'CreateUsers1763880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        email varchar(254) NOT NULL,
        password_hash varchar(255),
        role varchar(20) NOT NULL CONSTRAINT users_role_check CHECK (role IN ('admin', 'coordinator', 'steering', 'member')),
        is_active boolean NOT NULL DEFAULT true,
        failed_login_count integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        person_id uuid
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await queryRunner.query(`CREATE INDEX users_email_trgm_idx ON users USING gin (email gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX users_role_idx ON users (role)`);
    await queryRunner.query(`CREATE INDEX users_created_at_idx ON users (created_at)`);
    await queryRunner.query(`CREATE INDEX users_last_login_at_idx ON users (last_login_at)`);
    await queryRunner.query(`
      CREATE TABLE user_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose varchar(20) NOT NULL CONSTRAINT user_tokens_purpose_check CHECK (purpose IN ('invitation', 'password_reset')),
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX user_tokens_token_hash_key ON user_tokens (token_hash)`);
    await queryRunner.query(`CREATE INDEX user_tokens_user_id_idx ON user_tokens (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE user_tokens`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
