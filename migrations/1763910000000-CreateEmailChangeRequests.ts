import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contact e-mail that a user asked to change to through self-service: applied
 * only once the new address confirms it by a one-time link (only its SHA-256 is stored).
 */
export class CreateEmailChangeRequests1763910000000 implements MigrationInterface {
  name = 'CreateEmailChangeRequests1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE email_change_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        closed_at timestamptz,
        outcome varchar(20) CONSTRAINT email_change_requests_outcome_check CHECK (outcome IN ('changed', 'secretariat', 'superseded')),
        CONSTRAINT email_change_requests_closed_check CHECK ((closed_at IS NULL) = (outcome IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX email_change_requests_token_hash_key ON email_change_requests (token_hash)`);
    await queryRunner.query(`CREATE INDEX email_change_requests_person_idx ON email_change_requests (person_id, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE email_change_requests`);
  }
}
