import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import type { MessageKind, MessageLanguage } from './message-template.contract.js';

/** A model letter, press release, social post or e-mail with placeholders, filled in per country into its action pack. */
@AuditEntityType('MessageTemplate')
@Entity('message_templates')
export class MessageTemplate extends BaseEntity {
  @Column({ type: 'text' })
  kind: MessageKind;

  @Column({ type: 'varchar', length: 2 })
  language: MessageLanguage;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  body: string;

  /** Where it comes in its pack: lower first. */
  @Column({ type: 'integer', default: 0 })
  position: number;
}
