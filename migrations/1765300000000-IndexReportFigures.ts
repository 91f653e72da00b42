import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes of the reports' aggregates: a country's events by date (activity in
 * a period, the no-activity rule, the country report's latest events).
 */
export class IndexReportFigures1765300000000 implements MigrationInterface {
  name = 'IndexReportFigures1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX events_country_starts_at_idx ON events (country_id, starts_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX events_country_starts_at_idx`);
  }
}
