import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for list filters the members schema did not cover: notes by author
 * (a user's own comments) and organizations by part of their e-mail (staff search).
 */
export class IndexMemberListFilters1763891000000 implements MigrationInterface {
  name = 'IndexMemberListFilters1763891000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX notes_author_idx ON notes (author_id, created_at)`);
    await queryRunner.query(`CREATE INDEX organizations_email_trgm_idx ON organizations USING gin (email gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX organizations_email_trgm_idx`);
    await queryRunner.query(`DROP INDEX notes_author_idx`);
  }
}
