import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Authorities, the campaign's lobbying targets: a post in a state's institutions
 * (the Ministry of Foreign Affairs, a parliamentary committee…), the people who
 * held it one after the other, and every change of the post's stance on the
 * Optional Protocol. Institutions and stances are the values of authority.contract.ts.
 */
export class CreateAuthorities1765000000000 implements MigrationInterface {
  name = 'CreateAuthorities1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE authorities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        country_id uuid NOT NULL REFERENCES countries (id) ON DELETE RESTRICT,
        institution text NOT NULL CHECK (institution IN
          ('foreign_affairs', 'executive', 'parliament', 'nhri', 'attorney_general', 'permanent_mission', 'regional_body', 'other')),
        post_title varchar(300) NOT NULL,
        stance text NOT NULL DEFAULT 'unknown' CHECK (stance IN ('unknown', 'opposed', 'undecided', 'supportive', 'champion')),
        office_email varchar(254),
        office_phone varchar(50),
        office_address varchar(500),
        is_active boolean NOT NULL DEFAULT true,
        notes text,
        holder_name varchar(200),
        search_text text GENERATED ALWAYS AS
          (public.immutable_unaccent(lower(post_title || E'\\n' || coalesce(holder_name, '')))) STORED
      )`);
    await queryRunner.query(`CREATE INDEX authorities_country_institution_idx ON authorities (country_id, institution)`);
    await queryRunner.query(`CREATE INDEX authorities_institution_idx ON authorities (institution)`);
    await queryRunner.query(`CREATE INDEX authorities_stance_idx ON authorities (stance)`);
    await queryRunner.query(`CREATE INDEX authorities_post_title_idx ON authorities (post_title)`);
    await queryRunner.query(`CREATE INDEX authorities_updated_at_idx ON authorities (updated_at)`);
    await queryRunner.query(`CREATE INDEX authorities_search_trgm_idx ON authorities USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE TABLE authority_holders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        authority_id uuid NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
        person_name varchar(200) NOT NULL,
        email varchar(254),
        phone varchar(50),
        since date,
        until date,
        CONSTRAINT authority_holders_until_after_since CHECK (until IS NULL OR since IS NULL OR until >= since)
      )`);
    await queryRunner.query(`CREATE INDEX authority_holders_authority_idx ON authority_holders (authority_id, created_at)`);
    // One current holder per post: a new holder closes the previous one.
    await queryRunner.query(`CREATE UNIQUE INDEX authority_holders_one_current_idx ON authority_holders (authority_id) WHERE until IS NULL`);
    await queryRunner.query(`
      CREATE TABLE authority_stance_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        authority_id uuid NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
        from_stance text NOT NULL CHECK (from_stance IN ('unknown', 'opposed', 'undecided', 'supportive', 'champion')),
        to_stance text NOT NULL CHECK (to_stance IN ('unknown', 'opposed', 'undecided', 'supportive', 'champion')),
        note text,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        user_email varchar(254)
      )`);
    await queryRunner.query(`CREATE INDEX authority_stance_changes_authority_idx ON authority_stance_changes (authority_id, created_at)`);
    await queryRunner.query(`CREATE INDEX authority_stance_changes_user_idx ON authority_stance_changes (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE authority_stance_changes`);
    await queryRunner.query(`DROP TABLE authority_holders`);
    await queryRunner.query(`DROP TABLE authorities`);
  }
}
