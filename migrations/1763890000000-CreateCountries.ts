import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCountries1763890000000 implements MigrationInterface {
  name = 'CreateCountries1763890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE countries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        iso2 char(2) NOT NULL,
        iso3 char(3) NOT NULL,
        name varchar(120) NOT NULL,
        name_es varchar(120),
        name_fr varchar(120),
        region varchar(60) NOT NULL,
        subregion varchar(60) NOT NULL,
        icescr_party boolean NOT NULL DEFAULT false,
        op_status varchar(10) NOT NULL DEFAULT 'none'
          CONSTRAINT countries_op_status_check CHECK (op_status IN ('none', 'signed', 'ratified', 'acceded')),
        op_signed_at date,
        op_ratified_at date,
        art10_declaration boolean,
        art11_declaration boolean,
        government_position varchar(12) NOT NULL DEFAULT 'unknown'
          CONSTRAINT countries_government_position_check
          CHECK (government_position IN ('unknown', 'opposed', 'undecided', 'considering', 'committed')),
        next_upr_review_at date,
        regional_mechanisms text[] NOT NULL DEFAULT '{}',
        notes text,
        status_source text
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX countries_iso2_key ON countries (iso2)`);
    await queryRunner.query(`CREATE UNIQUE INDEX countries_iso3_key ON countries (iso3)`);
    await queryRunner.query(`CREATE INDEX countries_name_idx ON countries (name)`);
    await queryRunner.query(`CREATE INDEX countries_region_idx ON countries (region, subregion)`);
    await queryRunner.query(`CREATE INDEX countries_op_status_idx ON countries (op_status)`);
    await queryRunner.query(`CREATE INDEX countries_name_trgm_idx ON countries USING gin (name gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE countries`);
  }
}
