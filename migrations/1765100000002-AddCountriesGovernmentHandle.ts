import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The government's social-media handle, which action packs address social posts to ({countryHandle}). */
export class AddCountriesGovernmentHandle1765100000002 implements MigrationInterface {
  name = 'AddCountriesGovernmentHandle1765100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE countries ADD COLUMN government_handle varchar(60)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE countries DROP COLUMN government_handle`);
  }
}
