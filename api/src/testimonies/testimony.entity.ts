import { Column, Entity } from 'typeorm';
import { AuditEntityType, AuditIgnore } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import type { EscrRight, TestimonyLocale, TestimonySource, TestimonyStatus } from './testimony.contract.js';

/**
 * A story of a violation of an economic, social or cultural right. The
 * submitter's name, contact and account never enter the audit trail, which
 * steering members read: an anonymized testimony must not reveal its
 * submitter there either (TestimoniesService also keeps the author of an
 * anonymized submission out of the entry).
 */
@AuditEntityType('Testimony')
@Entity('testimonies')
export class Testimony extends BaseEntity {
  @Column({ type: 'uuid' })
  countryId: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  rightsAffected: EscrRight[];

  @Column({ type: 'text' })
  text: string;

  @AuditIgnore()
  @Column({ type: 'varchar', length: 200, nullable: true })
  submitterName: string | null;

  @AuditIgnore()
  @Column({ type: 'varchar', length: 320, nullable: true })
  submitterContact: string | null;

  /** The account that recorded it (a member or the secretariat); null for the public form. */
  @AuditIgnore()
  @Column({ type: 'uuid', nullable: true })
  submittedByUserId: string | null;

  /** The member organization that recorded it, which sees it in its list. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text' })
  source: TestimonySource;

  @Column({ type: 'varchar', length: 2, default: 'en' })
  locale: TestimonyLocale;

  @Column({ type: 'boolean', default: false })
  consentToPublish: boolean;

  @Column({ type: 'boolean', default: true })
  anonymize: boolean;

  @Column({ type: 'text', default: 'received' })
  status: TestimonyStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  publicTitle: string | null;

  @Column({ type: 'text', nullable: true })
  publicText: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
