import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One personal calendar-feed token per user (see CalendarFeedToken for why it is kept readable). */
export class CreateCalendarFeedTokens1763930000001 implements MigrationInterface {
  name = 'CreateCalendarFeedTokens1763930000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_feed_tokens (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        token varchar(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_feed_tokens`);
  }
}
