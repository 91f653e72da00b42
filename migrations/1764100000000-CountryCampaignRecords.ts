import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Countries become campaign records: dated declarations under articles 10
 * and 11, focal-point organizations, the history of every change of a
 * treaty fact or of the government's position, the national ratification
 * pipeline, and an index for the sort by next Universal Periodic Review.
 */
export class CountryCampaignRecords1764100000000 implements MigrationInterface {
  name = 'CountryCampaignRecords1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE countries ADD COLUMN art10_declared_at date, ADD COLUMN art11_declared_at date`);
    await queryRunner.query(`CREATE INDEX countries_next_upr_review_at_idx ON countries (next_upr_review_at)`);
    await queryRunner.query(`CREATE INDEX countries_government_position_idx ON countries (government_position)`);
    await queryRunner.query(`
      CREATE TABLE country_focal_points (
        country_id uuid NOT NULL REFERENCES countries (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        PRIMARY KEY (country_id, organization_id)
      )`);
    await queryRunner.query(`CREATE INDEX country_focal_points_organization_idx ON country_focal_points (organization_id)`);
    await queryRunner.query(`
      CREATE TABLE country_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        country_id uuid NOT NULL REFERENCES countries (id) ON DELETE CASCADE,
        field varchar(40) NOT NULL
          CONSTRAINT country_status_changes_field_check CHECK (field IN (
            'opStatus', 'opSignedAt', 'opRatifiedAt', 'art10Declaration', 'art10DeclaredAt',
            'art11Declaration', 'art11DeclaredAt', 'governmentPosition')),
        from_value text,
        to_value text,
        source text,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        user_email varchar(254)
      )`);
    await queryRunner.query(`CREATE INDEX country_status_changes_country_idx ON country_status_changes (country_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE ratification_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        country_id uuid NOT NULL REFERENCES countries (id) ON DELETE CASCADE,
        stage varchar(30) NOT NULL
          CONSTRAINT ratification_steps_stage_check CHECK (stage IN (
            'signature', 'cabinet_approval', 'submitted_to_parliament', 'parliamentary_committee', 'parliament_vote', 'instrument_deposited')),
        date date,
        status varchar(10) NOT NULL DEFAULT 'expected'
          CONSTRAINT ratification_steps_status_check CHECK (status IN ('expected', 'done', 'stalled')),
        note text,
        source text
      )`);
    await queryRunner.query(`CREATE INDEX ratification_steps_country_idx ON ratification_steps (country_id, date)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ratification_steps`);
    await queryRunner.query(`DROP TABLE country_status_changes`);
    await queryRunner.query(`DROP TABLE country_focal_points`);
    await queryRunner.query(`DROP INDEX countries_government_position_idx`);
    await queryRunner.query(`DROP INDEX countries_next_upr_review_at_idx`);
    await queryRunner.query(`ALTER TABLE countries DROP COLUMN art10_declared_at, DROP COLUMN art11_declared_at`);
  }
}
