import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCH = `(organization_name || ' ' || coalesce(organization_acronym, '') || ' ' || contact_first_name || ' ' || contact_last_name || ' ' || contact_email)`;

/** The applications list sorts by organization name and searches organization and contact together (`q`). */
export class IndexMembershipApplicationsList1763892000000 implements MigrationInterface {
  name = 'IndexMembershipApplicationsList1763892000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX membership_applications_organization_name_idx ON membership_applications (organization_name)`);
    await queryRunner.query(`CREATE INDEX membership_applications_search_trgm_idx ON membership_applications USING gin (${SEARCH} gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX membership_applications_search_trgm_idx`);
    await queryRunner.query(`DROP INDEX membership_applications_organization_name_idx`);
  }
}
