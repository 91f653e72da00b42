import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TOTP two-factor authentication: one credential per user (keyed by the user's
 * id; secrets encrypted with AES-256-GCM) and its single-use recovery codes
 * (only their SHA-256 is stored).
 */
export class CreateTwoFactorCredentials1763910000001 implements MigrationInterface {
  name = 'CreateTwoFactorCredentials1763910000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE two_factor_credentials (
        id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        secret text,
        pending_secret text,
        pending_since timestamptz,
        enabled_at timestamptz,
        last_used_step bigint,
        recovery_code_used_at timestamptz,
        CONSTRAINT two_factor_credentials_enabled_check CHECK ((enabled_at IS NULL) = (secret IS NULL)),
        CONSTRAINT two_factor_credentials_pending_check CHECK ((pending_since IS NULL) = (pending_secret IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE two_factor_recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        code_hash char(64) NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX two_factor_recovery_codes_user_code_key ON two_factor_recovery_codes (user_id, code_hash)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE two_factor_recovery_codes`);
    await queryRunner.query(`DROP TABLE two_factor_credentials`);
  }
}
