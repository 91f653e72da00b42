import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES = `'ngo', 'network', 'union', 'social_movement', 'academic', 'nhri', 'other'`;
const STATUSES = `'applicant', 'active', 'suspended', 'lapsed', 'withdrawn', 'rejected'`;

/** Organizations, people, their affiliations, working groups, notes and membership applications. */
export class CreateMembers1763890000001 implements MigrationInterface {
  name = 'CreateMembers1763890000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE working_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        name varchar(120) NOT NULL,
        description text
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX working_groups_name_key ON working_groups (lower(name))`);

    await queryRunner.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        name varchar(200) NOT NULL,
        acronym varchar(40),
        type varchar(20) NOT NULL DEFAULT 'ngo' CONSTRAINT organizations_type_check CHECK (type IN (${TYPES})),
        headquarters_country_id uuid REFERENCES countries (id) ON DELETE SET NULL,
        website varchar(300),
        email varchar(254),
        phone varchar(50),
        description text,
        rights_focus text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        membership_status varchar(12) NOT NULL DEFAULT 'applicant'
          CONSTRAINT organizations_membership_status_check CHECK (membership_status IN (${STATUSES})),
        joined_at date,
        is_steering_committee boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(`CREATE INDEX organizations_name_idx ON organizations (lower(name))`);
    await queryRunner.query(`CREATE INDEX organizations_name_trgm_idx ON organizations USING gin (name gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX organizations_acronym_trgm_idx ON organizations USING gin (acronym gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX organizations_hq_country_idx ON organizations (headquarters_country_id)`);
    await queryRunner.query(`CREATE INDEX organizations_status_idx ON organizations (membership_status)`);
    await queryRunner.query(`CREATE INDEX organizations_type_idx ON organizations (type)`);
    await queryRunner.query(`CREATE INDEX organizations_joined_at_idx ON organizations (joined_at)`);
    await queryRunner.query(`CREATE INDEX organizations_created_at_idx ON organizations (created_at)`);
    await queryRunner.query(`CREATE INDEX organizations_steering_idx ON organizations (is_steering_committee) WHERE is_steering_committee`);
    await queryRunner.query(`CREATE INDEX organizations_rights_focus_idx ON organizations USING gin (rights_focus)`);
    await queryRunner.query(`CREATE INDEX organizations_languages_idx ON organizations USING gin (languages)`);

    await queryRunner.query(`
      CREATE TABLE organization_countries (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        country_id uuid NOT NULL REFERENCES countries (id) ON DELETE CASCADE,
        PRIMARY KEY (organization_id, country_id)
      )`);
    await queryRunner.query(`CREATE INDEX organization_countries_country_idx ON organization_countries (country_id)`);
    await queryRunner.query(`
      CREATE TABLE organization_working_groups (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        working_group_id uuid NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
        PRIMARY KEY (organization_id, working_group_id)
      )`);
    await queryRunner.query(`CREATE INDEX organization_working_groups_group_idx ON organization_working_groups (working_group_id)`);

    await queryRunner.query(`
      CREATE TABLE people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        first_name varchar(100) NOT NULL,
        last_name varchar(100) NOT NULL,
        email varchar(254),
        other_emails text[] NOT NULL DEFAULT '{}',
        phones text[] NOT NULL DEFAULT '{}',
        job_title varchar(120),
        country_id uuid REFERENCES countries (id) ON DELETE SET NULL,
        languages text[] NOT NULL DEFAULT '{}',
        consent_at timestamptz,
        consent_source varchar(120)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX people_email_key ON people (lower(email))`);
    await queryRunner.query(`CREATE INDEX people_last_name_idx ON people (lower(last_name), lower(first_name))`);
    await queryRunner.query(`CREATE INDEX people_country_idx ON people (country_id)`);
    await queryRunner.query(`CREATE INDEX people_created_at_idx ON people (created_at)`);
    await queryRunner.query(`CREATE INDEX people_languages_idx ON people USING gin (languages)`);
    await queryRunner.query(`CREATE INDEX people_other_emails_idx ON people USING gin (other_emails)`);
    await queryRunner.query(
      `CREATE INDEX people_search_trgm_idx ON people USING gin ((first_name || ' ' || last_name || ' ' || coalesce(email, '')) gin_trgm_ops)`,
    );
    await queryRunner.query(`ALTER TABLE users ADD CONSTRAINT users_person_id_fkey FOREIGN KEY (person_id) REFERENCES people (id) ON DELETE SET NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_person_id_key ON users (person_id) WHERE person_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE affiliations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        role varchar(120),
        is_primary_contact boolean NOT NULL DEFAULT false,
        since date,
        until date,
        CONSTRAINT affiliations_dates_check CHECK (until IS NULL OR since IS NULL OR until >= since)
      )`);
    await queryRunner.query(`CREATE INDEX affiliations_person_idx ON affiliations (person_id)`);
    await queryRunner.query(`CREATE INDEX affiliations_organization_idx ON affiliations (organization_id)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX affiliations_current_key ON affiliations (person_id, organization_id) WHERE until IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        target_type varchar(30) NOT NULL
          CONSTRAINT notes_target_type_check CHECK (target_type IN ('organization', 'person', 'membership_application')),
        target_id uuid NOT NULL,
        body text NOT NULL,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        author_email varchar(254)
      )`);
    await queryRunner.query(`CREATE INDEX notes_target_idx ON notes (target_type, target_id, created_at)`);
    await queryRunner.query(`CREATE INDEX notes_created_at_idx ON notes (created_at)`);

    await queryRunner.query(`
      CREATE TABLE membership_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        status varchar(10) NOT NULL DEFAULT 'pending'
          CONSTRAINT membership_applications_status_check CHECK (status IN ('pending', 'approved', 'rejected')),
        organization_name varchar(200) NOT NULL,
        organization_acronym varchar(40),
        organization_type varchar(20) NOT NULL
          CONSTRAINT membership_applications_type_check CHECK (organization_type IN (${TYPES})),
        organization_website varchar(300),
        organization_email varchar(254),
        headquarters_country_id uuid NOT NULL REFERENCES countries (id),
        countries_of_work_ids uuid[] NOT NULL DEFAULT '{}',
        rights_focus text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        description text,
        contact_first_name varchar(100) NOT NULL,
        contact_last_name varchar(100) NOT NULL,
        contact_email varchar(254) NOT NULL,
        contact_phone varchar(50),
        contact_role varchar(120),
        motivation text NOT NULL,
        locale varchar(5) NOT NULL DEFAULT 'en',
        consent_at timestamptz NOT NULL,
        reviewed_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        rejection_reason text,
        organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        person_id uuid REFERENCES people (id) ON DELETE SET NULL,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX membership_applications_status_idx ON membership_applications (status, created_at)`);
    await queryRunner.query(`CREATE INDEX membership_applications_created_at_idx ON membership_applications (created_at)`);
    await queryRunner.query(`CREATE INDEX membership_applications_email_idx ON membership_applications (lower(contact_email))`);
    await queryRunner.query(`CREATE INDEX membership_applications_country_idx ON membership_applications (headquarters_country_id)`);
    await queryRunner.query(
      `CREATE INDEX membership_applications_name_trgm_idx ON membership_applications USING gin (organization_name gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE membership_applications`);
    await queryRunner.query(`DROP TABLE notes`);
    await queryRunner.query(`DROP TABLE affiliations`);
    await queryRunner.query(`DROP INDEX users_person_id_key`);
    await queryRunner.query(`ALTER TABLE users DROP CONSTRAINT users_person_id_fkey`);
    await queryRunner.query(`DROP TABLE people`);
    await queryRunner.query(`DROP TABLE organization_working_groups`);
    await queryRunner.query(`DROP TABLE organization_countries`);
    await queryRunner.query(`DROP TABLE organizations`);
    await queryRunner.query(`DROP TABLE working_groups`);
  }
}
