import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events and their organizing organizations. Start and end are instants; the
 * IANA time zone says where the event happens, for showing its local hours.
 * Types, statuses and support kinds are the values of event.contract.ts.
 */
export class CreateEvents1763930000000 implements MigrationInterface {
  name = 'CreateEvents1763930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        title varchar(200) NOT NULL,
        type text NOT NULL CHECK (type IN ('national_event', 'intergovernmental_session', 'campaign_day', 'webinar', 'other')),
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'planned', 'held', 'cancelled')),
        description text,
        country_id uuid REFERENCES countries (id) ON DELETE RESTRICT,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone varchar(64) NOT NULL,
        all_day boolean NOT NULL DEFAULT false,
        location varchar(300),
        online_url varchar(2000),
        support_requested text[] NOT NULL DEFAULT '{}'
          CHECK (support_requested <@ ARRAY['materials', 'coordination', 'steering_member_present']::text[]),
        support_given text[] NOT NULL DEFAULT '{}'
          CHECK (support_given <@ ARRAY['materials', 'coordination', 'steering_member_present']::text[]),
        government_authority_present boolean NOT NULL DEFAULT false,
        government_authority varchar(300),
        outcome_report text,
        cancellation_reason text,
        attendance integer CHECK (attendance >= 0),
        is_public boolean NOT NULL DEFAULT false,
        proposed_by_organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        CONSTRAINT events_ends_after_start CHECK (ends_at >= starts_at),
        CONSTRAINT events_held_has_outcome CHECK (status <> 'held' OR outcome_report IS NOT NULL),
        CONSTRAINT events_cancelled_has_reason CHECK (status <> 'cancelled' OR cancellation_reason IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX events_starts_at_idx ON events (starts_at)`);
    await queryRunner.query(`CREATE INDEX events_country_id_idx ON events (country_id)`);
    await queryRunner.query(`CREATE INDEX events_type_idx ON events (type)`);
    await queryRunner.query(`CREATE INDEX events_status_idx ON events (status)`);
    await queryRunner.query(`CREATE INDEX events_proposed_by_organization_id_idx ON events (proposed_by_organization_id)`);
    await queryRunner.query(`CREATE INDEX events_title_trgm_idx ON events USING gin ((public.immutable_unaccent(lower(title))) gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE TABLE event_organizers (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, organization_id)
      )`);
    await queryRunner.query(`CREATE INDEX event_organizers_organization_id_idx ON event_organizers (organization_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_organizers`);
    await queryRunner.query(`DROP TABLE events`);
  }
}
