import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The campaign's yearly days, as one public all-day event per year from 2024
 * to 2035. Stored occurrences, not a recurrence rule: the calendar, the
 * filters, the feed and notes then treat a campaign day like any other event,
 * and one year's day can get its own description or be called off alone.
 * A later migration extends the window.
 */
const DAYS: ReadonlyArray<{ month: number; day: number; title: string; description: string }> = [
  {
    month: 5,
    day: 5,
    title: 'Anniversary of the entry into force of the OP-ICESCR',
    description:
      'The Optional Protocol has been in force since 5 May 2013. A day to remind governments that have not joined it yet that the complaint procedure works, and to thank those that have.',
  },
  {
    month: 9,
    day: 24,
    title: 'Anniversary of the opening for signature of the OP-ICESCR',
    description:
      'The Optional Protocol opened for signature on 24 September 2009. Members ask their governments to sign, or to move from signature to ratification.',
  },
  {
    month: 12,
    day: 10,
    title: 'Human Rights Day and anniversary of the adoption of the OP-ICESCR',
    description:
      'The General Assembly adopted the Optional Protocol on 10 December 2008, on Human Rights Day. The main day of action of the campaign: letters to ministries, press work and national events.',
  },
];

const FIRST_YEAR = 2024;
const LAST_YEAR = 2035;

export class SeedCampaignDays1763930000002 implements MigrationInterface {
  name = 'SeedCampaignDays1763930000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      for (const { month, day, title, description } of DAYS) {
        const start = new Date(Date.UTC(year, month - 1, day)).toISOString();
        const end = new Date(Date.UTC(year, month - 1, day + 1)).toISOString();
        await queryRunner.query(
          `INSERT INTO events (title, type, status, description, starts_at, ends_at, time_zone, all_day, is_public)
           VALUES ($1, 'campaign_day', 'planned', $2, $3, $4, 'UTC', true, true)`,
          [title, description, start, end],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM events WHERE type = 'campaign_day' AND country_id IS NULL AND all_day AND time_zone = 'UTC'`);
  }
}
