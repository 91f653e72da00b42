import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Testimonies of violations of economic, social and cultural rights. Rights,
 * statuses, sources and locales are the values of testimony.contract.ts. The
 * search covers the story and its public title, never the submitter: a search
 * by name would tell who sent an anonymized testimony.
 */
export class CreateTestimonies1765100000000 implements MigrationInterface {
  name = 'CreateTestimonies1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE testimonies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        country_id uuid NOT NULL REFERENCES countries (id) ON DELETE RESTRICT,
        rights_affected text[] NOT NULL DEFAULT '{}'
          CHECK (rights_affected <@ ARRAY['work', 'just_working_conditions', 'trade_unions', 'social_security', 'family',
            'adequate_standard_of_living', 'food', 'water', 'sanitation', 'housing', 'health', 'education', 'culture', 'science']::text[]),
        text text NOT NULL,
        submitter_name varchar(200),
        submitter_contact varchar(320),
        submitted_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        source text NOT NULL CHECK (source IN ('public_form', 'member', 'secretariat')),
        locale varchar(2) NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'es', 'fr')),
        consent_to_publish boolean NOT NULL DEFAULT false,
        anonymize boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'reviewed', 'published', 'archived')),
        public_title varchar(200),
        public_text text,
        published_at timestamptz,
        CONSTRAINT testimonies_published_with_consent CHECK (status <> 'published' OR (consent_to_publish AND public_title IS NOT NULL AND public_text IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX testimonies_created_at_idx ON testimonies (created_at)`);
    await queryRunner.query(`CREATE INDEX testimonies_country_id_created_at_idx ON testimonies (country_id, created_at)`);
    await queryRunner.query(`CREATE INDEX testimonies_status_created_at_idx ON testimonies (status, created_at)`);
    await queryRunner.query(`CREATE INDEX testimonies_organization_id_idx ON testimonies (organization_id)`);
    await queryRunner.query(`CREATE INDEX testimonies_submitted_by_user_id_idx ON testimonies (submitted_by_user_id)`);
    await queryRunner.query(`CREATE INDEX testimonies_rights_affected_idx ON testimonies USING gin (rights_affected)`);
    await queryRunner.query(
      `CREATE INDEX testimonies_search_trgm_idx ON testimonies
         USING gin ((public.immutable_unaccent(lower(coalesce(public_title, '') || E'\\n' || text))) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE testimonies`);
  }
}
