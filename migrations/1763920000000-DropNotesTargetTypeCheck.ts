import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a note may be about is declared by the features that accept notes
 * (AcceptsNotes, next to their entity) and checked by the notes service, the
 * only writer of the table. A CHECK listing the kinds would be one more list
 * to edit, in a migration far from the feature, for every resource that
 * accepts notes; a lookup table filled by each feature's migration would
 * still not prove that target_id exists. The registry test checks instead
 * that every kind stored in the table is declared by an entity.
 */
export class DropNotesTargetTypeCheck1763920000000 implements MigrationInterface {
  name = 'DropNotesTargetTypeCheck1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notes DROP CONSTRAINT notes_target_type_check`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE notes ADD CONSTRAINT notes_target_type_check CHECK (target_type IN ('organization', 'person', 'membership_application'))`,
    );
  }
}
