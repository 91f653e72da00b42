import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists search without regard to accents or case ("Asociacion" finds
 * "Asociación"). `unaccent()` is only STABLE (its rules file could change), so
 * an IMMUTABLE wrapper naming the dictionary by schema lets it appear in
 * generated columns and indexes; after an upgrade that changes the rules, the
 * search columns are refreshed with `UPDATE … SET name = name` and a REINDEX.
 *
 * The large tables keep their folded text in a stored generated column with a
 * trigram index. Measured on 100,000 organizations, an expression index on
 * `immutable_unaccent(lower(name))` found "initiative" with the same bitmap
 * scan but spent 20–75 ms calling the wrapper again on every candidate row,
 * where reading a stored column took 7–16 ms. The fields are joined by
 * newlines so that a search can tell a whole field or its start from the
 * middle of it when ranking. Countries, working groups, users and notes are
 * small or searched within a few rows: their search folds an expression and
 * needs no index. The trigram indexes the old searches used are dropped.
 */
export class AddAccentInsensitiveSearch1763897000000 implements MigrationInterface {
  name = 'AddAccentInsensitiveSearch1763897000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`);
    await queryRunner.query(`
      CREATE FUNCTION public.immutable_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await queryRunner.query(`
      ALTER TABLE organizations ADD COLUMN search_text text
        GENERATED ALWAYS AS (public.immutable_unaccent(lower(name || E'\\n' || coalesce(acronym, '')))) STORED`);
    await queryRunner.query(`CREATE INDEX organizations_search_text_idx ON organizations USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX organizations_name_trgm_idx`);
    await queryRunner.query(`DROP INDEX organizations_acronym_trgm_idx`);

    // Both name orders, so that "Zapata Ana" finds Ana Zapata and a surname ranks as the start of a field.
    await queryRunner.query(`
      ALTER TABLE people ADD COLUMN search_text text
        GENERATED ALWAYS AS (public.immutable_unaccent(lower(
          first_name || ' ' || last_name || E'\\n' || last_name || ' ' || first_name || E'\\n' || coalesce(email, '')))) STORED`);
    await queryRunner.query(`CREATE INDEX people_search_text_idx ON people USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX people_search_trgm_idx`);

    await queryRunner.query(`
      ALTER TABLE membership_applications ADD COLUMN search_text text
        GENERATED ALWAYS AS (public.immutable_unaccent(lower(
          organization_name || E'\\n' || coalesce(organization_acronym, '') || E'\\n' ||
          contact_first_name || ' ' || contact_last_name || E'\\n' || contact_email))) STORED`);
    await queryRunner.query(`CREATE INDEX membership_applications_search_text_idx ON membership_applications USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX membership_applications_search_trgm_idx`);
    await queryRunner.query(`DROP INDEX membership_applications_name_trgm_idx`);

    await queryRunner.query(`DROP INDEX countries_name_trgm_idx`);
    await queryRunner.query(`DROP INDEX users_email_trgm_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX users_email_trgm_idx ON users USING gin (email gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX countries_name_trgm_idx ON countries USING gin (name gin_trgm_ops)`);

    await queryRunner.query(
      `CREATE INDEX membership_applications_name_trgm_idx ON membership_applications USING gin (organization_name gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX membership_applications_search_trgm_idx ON membership_applications USING gin ((organization_name || ' ' || coalesce(organization_acronym, '') || ' ' || contact_first_name || ' ' || contact_last_name || ' ' || contact_email) gin_trgm_ops)`,
    );
    await queryRunner.query(`ALTER TABLE membership_applications DROP COLUMN search_text`);

    await queryRunner.query(
      `CREATE INDEX people_search_trgm_idx ON people USING gin ((first_name || ' ' || last_name || ' ' || coalesce(email, '')) gin_trgm_ops)`,
    );
    await queryRunner.query(`ALTER TABLE people DROP COLUMN search_text`);

    await queryRunner.query(`CREATE INDEX organizations_acronym_trgm_idx ON organizations USING gin (acronym gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX organizations_name_trgm_idx ON organizations USING gin (name gin_trgm_ops)`);
    await queryRunner.query(`ALTER TABLE organizations DROP COLUMN search_text`);

    await queryRunner.query(`DROP FUNCTION public.immutable_unaccent(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
