import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lobbying actions (meetings, letters, calls…) with the posts they address
 * and the organizations involved (for a letter, its co-signatories). Each
 * target keeps the holder of the post at the time, so a new minister does
 * not take over the previous one's meetings. Types, asks and statuses are the
 * values of lobbying-action.contract.ts.
 */
export class CreateLobbyingActions1765000000001 implements MigrationInterface {
  name = 'CreateLobbyingActions1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE lobbying_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        type text NOT NULL CHECK (type IN ('meeting', 'letter', 'call', 'petition_delivery', 'upr_intervention', 'media', 'other')),
        country_id uuid NOT NULL REFERENCES countries (id) ON DELETE RESTRICT,
        occurred_on date NOT NULL,
        title varchar(300) NOT NULL,
        asks text[] NOT NULL DEFAULT '{}'
          CHECK (asks <@ ARRAY['sign', 'ratify', 'declare_art10', 'declare_art11', 'nominate_expert', 'raise_in_upr', 'other']::text[]),
        description text,
        outcome text,
        follow_up_at date,
        status text NOT NULL DEFAULT 'done' CHECK (status IN ('planned', 'done', 'awaiting_response', 'closed')),
        recorded_by_organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        search_text text GENERATED ALWAYS AS
          (public.immutable_unaccent(lower(title || E'\\n' || coalesce(outcome, '')))) STORED,
        CONSTRAINT lobbying_actions_follow_up_after_action CHECK (follow_up_at IS NULL OR follow_up_at >= occurred_on)
      )`);
    await queryRunner.query(`CREATE INDEX lobbying_actions_country_occurred_on_idx ON lobbying_actions (country_id, occurred_on)`);
    await queryRunner.query(`CREATE INDEX lobbying_actions_occurred_on_idx ON lobbying_actions (occurred_on)`);
    await queryRunner.query(`CREATE INDEX lobbying_actions_status_occurred_on_idx ON lobbying_actions (status, occurred_on)`);
    await queryRunner.query(`CREATE INDEX lobbying_actions_follow_up_at_idx ON lobbying_actions (follow_up_at) WHERE follow_up_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX lobbying_actions_type_idx ON lobbying_actions (type)`);
    await queryRunner.query(`CREATE INDEX lobbying_actions_asks_idx ON lobbying_actions USING gin (asks)`);
    await queryRunner.query(`CREATE INDEX lobbying_actions_recorded_by_idx ON lobbying_actions (recorded_by_organization_id)`);
    await queryRunner.query(`CREATE INDEX lobbying_actions_created_by_idx ON lobbying_actions (created_by_user_id)`);
    await queryRunner.query(`CREATE INDEX lobbying_actions_search_trgm_idx ON lobbying_actions USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE TABLE lobbying_action_authorities (
        lobbying_action_id uuid NOT NULL REFERENCES lobbying_actions (id) ON DELETE CASCADE,
        authority_id uuid NOT NULL REFERENCES authorities (id) ON DELETE RESTRICT,
        holder_id uuid REFERENCES authority_holders (id) ON DELETE SET NULL,
        PRIMARY KEY (lobbying_action_id, authority_id)
      )`);
    await queryRunner.query(`CREATE INDEX lobbying_action_authorities_authority_idx ON lobbying_action_authorities (authority_id)`);
    await queryRunner.query(`CREATE INDEX lobbying_action_authorities_holder_idx ON lobbying_action_authorities (holder_id)`);
    await queryRunner.query(`
      CREATE TABLE lobbying_action_organizations (
        lobbying_action_id uuid NOT NULL REFERENCES lobbying_actions (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        PRIMARY KEY (lobbying_action_id, organization_id)
      )`);
    await queryRunner.query(`CREATE INDEX lobbying_action_organizations_organization_idx ON lobbying_action_organizations (organization_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE lobbying_action_organizations`);
    await queryRunner.query(`DROP TABLE lobbying_action_authorities`);
    await queryRunner.query(`DROP TABLE lobbying_actions`);
  }
}
