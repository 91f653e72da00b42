import type { MigrationInterface, QueryRunner } from 'typeorm';

const inList = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

/** Mailing lists, subscriptions, their rules, reconcile runs, webhook nonces, and the outbox's delivery bookkeeping. */
export class CreateMailingSync1765200000000 implements MigrationInterface {
  name = 'CreateMailingSync1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mailing_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        key varchar(63) NOT NULL,
        language text NOT NULL CHECK (language IN (${inList(['en', 'es', 'fr'])})),
        audience text NOT NULL CHECK (audience IN (${inList(['members', 'steering', 'public', 'staff'])})),
        provider text NOT NULL DEFAULT 'none' CHECK (provider IN (${inList(['none', 'mailman', 'listmonk'])})),
        provider_list_id varchar(200),
        description text,
        reconciled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX mailing_lists_key_key ON mailing_lists (key)`);
    await queryRunner.query(`CREATE INDEX mailing_lists_name_idx ON mailing_lists (name)`);
    await queryRunner.query(`
      CREATE TABLE subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        mailing_list_id uuid NOT NULL REFERENCES mailing_lists (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN (${inList(['pending', 'subscribed', 'unsubscribed', 'bounced'])})),
        source text NOT NULL CHECK (source IN (${inList(['staff', 'self', 'rule', 'import', 'provider'])})),
        rule_id uuid,
        subscribed_at timestamptz,
        unsubscribed_at timestamptz,
        ended_by text CHECK (ended_by IN (${inList(['person', 'staff', 'provider', 'rule', 'consent'])})),
        version integer NOT NULL DEFAULT 1,
        synced_version integer NOT NULL DEFAULT 0,
        synced_email varchar(254),
        last_synced_at timestamptz,
        last_error text,
        sync_failed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Unique per person and list: a merge drops the merged person's row when the kept one has one.
    await queryRunner.query(`CREATE UNIQUE INDEX subscriptions_person_list_key ON subscriptions (person_id, mailing_list_id)`);
    await queryRunner.query(`CREATE INDEX subscriptions_list_status_idx ON subscriptions (mailing_list_id, status, created_at)`);
    await queryRunner.query(`CREATE INDEX subscriptions_list_email_idx ON subscriptions (mailing_list_id, lower(synced_email)) WHERE synced_email IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX subscriptions_unsynced_idx ON subscriptions (mailing_list_id, person_id) WHERE version > synced_version`);
    await queryRunner.query(`CREATE INDEX subscriptions_failed_idx ON subscriptions (sync_failed_at) WHERE sync_failed_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX subscriptions_updated_idx ON subscriptions (updated_at)`);
    await queryRunner.query(`
      CREATE TABLE mailing_list_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mailing_list_id uuid NOT NULL REFERENCES mailing_lists (id) ON DELETE CASCADE,
        audience text NOT NULL CHECK (audience IN (${inList(['primary_contacts', 'all_contacts'])})),
        language text CHECK (language IN (${inList(['en', 'es', 'fr'])})),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX mailing_list_rules_list_idx ON mailing_list_rules (mailing_list_id)`);
    await queryRunner.query(`ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_rule_fkey FOREIGN KEY (rule_id) REFERENCES mailing_list_rules (id) ON DELETE SET NULL`);
    await queryRunner.query(`CREATE INDEX subscriptions_rule_idx ON subscriptions (rule_id) WHERE rule_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE mailing_reconcile_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        mode text NOT NULL CHECK (mode IN ('incremental', 'full')),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        processed integer NOT NULL DEFAULT 0,
        total integer,
        changes jsonb NOT NULL DEFAULT '{}',
        error text,
        requested_by varchar(254),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX mailing_reconcile_runs_created_idx ON mailing_reconcile_runs (created_at)`);
    await queryRunner.query(`
      CREATE TABLE mailing_webhook_nonces (
        nonce varchar(100) PRIMARY KEY,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX mailing_webhook_nonces_received_idx ON mailing_webhook_nonces (received_at)`);
    // The outbox learns when a message took effect (delivered) or was given up (failed), and whose it is.
    await queryRunner.query(`ALTER TABLE outbox_messages ADD COLUMN person_id uuid, ADD COLUMN delivered_at timestamptz, ADD COLUMN failed_at timestamptz`);
    await queryRunner.query(`CREATE INDEX outbox_messages_person_idx ON outbox_messages (person_id, created_at) WHERE person_id IS NOT NULL AND delivered_at IS NULL`);
    await queryRunner.query(`CREATE INDEX outbox_messages_undelivered_idx ON outbox_messages (queue, created_at) WHERE delivered_at IS NULL AND failed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX outbox_messages_failed_idx ON outbox_messages (queue, failed_at) WHERE failed_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_messages_failed_idx`);
    await queryRunner.query(`DROP INDEX outbox_messages_undelivered_idx`);
    await queryRunner.query(`DROP INDEX outbox_messages_person_idx`);
    await queryRunner.query(`ALTER TABLE outbox_messages DROP COLUMN failed_at, DROP COLUMN delivered_at, DROP COLUMN person_id`);
    await queryRunner.query(`DROP TABLE mailing_webhook_nonces`);
    await queryRunner.query(`DROP TABLE mailing_reconcile_runs`);
    await queryRunner.query(`DROP TABLE subscriptions`);
    await queryRunner.query(`DROP TABLE mailing_list_rules`);
    await queryRunner.query(`DROP TABLE mailing_lists`);
  }
}
