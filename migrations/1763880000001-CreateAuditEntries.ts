import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEntries1763880000001 implements MigrationInterface {
  name = 'CreateAuditEntries1763880000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        user_id uuid,
        user_email varchar(254),
        action varchar(10) NOT NULL CONSTRAINT audit_entries_action_check CHECK (action IN ('create', 'update', 'delete')),
        entity_type varchar(60) NOT NULL,
        entity_id varchar(64) NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(`CREATE INDEX audit_entries_created_at_idx ON audit_entries (created_at)`);
    await queryRunner.query(`CREATE INDEX audit_entries_user_id_idx ON audit_entries (user_id)`);
    await queryRunner.query(`CREATE INDEX audit_entries_entity_idx ON audit_entries (entity_type, entity_id, created_at)`);
    await queryRunner.query(`CREATE INDEX audit_entries_action_idx ON audit_entries (action)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_entries`);
  }
}
