import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statement that adds outbox rows sends a notice on the `outbox_messages`
 * channel, delivered when its transaction commits (and once per transaction,
 * PostgreSQL folding identical notices). The relay listens and moves the rows
 * at once, instead of finding them at its next poll up to half a second later;
 * the poll stays, for a relay that was not listening when a notice went out.
 */
export class NotifyOutboxInserts1765710000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION outbox_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('outbox_messages', '');
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages FOR EACH STATEMENT EXECUTE FUNCTION outbox_messages_notify()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER outbox_messages_notify ON outbox_messages`);
    await queryRunner.query(`DROP FUNCTION outbox_messages_notify()`);
  }
}
