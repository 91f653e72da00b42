import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Message templates of the country action packs. Kinds and languages are the
 * values of message-template.contract.ts; the placeholders are checked when a
 * template is saved, not by the database.
 */
export class CreateMessageTemplates1765100000001 implements MigrationInterface {
  name = 'CreateMessageTemplates1765100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE message_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL CHECK (kind IN ('letter', 'press_release', 'social_post', 'email')),
        language varchar(2) NOT NULL CHECK (language IN ('en', 'es', 'fr')),
        name varchar(200) NOT NULL,
        subject varchar(300),
        body text NOT NULL,
        position integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`CREATE INDEX message_templates_language_position_idx ON message_templates (language, position, name)`);
    await queryRunner.query(`CREATE INDEX message_templates_kind_idx ON message_templates (kind)`);
    await queryRunner.query(`CREATE INDEX message_templates_name_idx ON message_templates (name)`);
    await queryRunner.query(
      `CREATE INDEX message_templates_search_trgm_idx ON message_templates
         USING gin ((public.immutable_unaccent(lower(name || E'\\n' || coalesce(subject, '')))) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE message_templates`);
  }
}
