import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NotAudited } from '../audit/audit-ignore.decorator.js';

/** A webhook nonce seen in the last minutes: the same signed notice is taken once. */
@NotAudited()
@Entity('mailing_webhook_nonces')
export class WebhookNonce {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  nonce: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
