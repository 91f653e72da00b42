import { Column, Entity, JoinTable, ManyToMany } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { AcceptsNotes } from '../notes/note-target.decorator.js';
import { Organization } from '../organizations/organization.entity.js';
import type { EventStatus, EventSupportKind, EventType } from './event.contract.js';

/**
 * A national event, an intergovernmental session, a campaign day or a webinar.
 * Its organizers are written only by EventOrganizersService, which audits them.
 */
@AcceptsNotes('event')
@AuditEntityType('Event')
@Entity('events')
export class Event extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  type: EventType;

  @Column({ type: 'text', default: 'proposed' })
  status: EventStatus;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid', nullable: true })
  countryId: string | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'boolean', default: false })
  allDay: boolean;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  supportRequested: EventSupportKind[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  supportGiven: EventSupportKind[];

  @Column({ type: 'boolean', default: false })
  governmentAuthorityPresent: boolean;

  /** Who represents the authorities (minister, parliamentarian, ministry official). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  governmentAuthority: string | null;

  @Column({ type: 'text', nullable: true })
  outcomeReport: string | null;

  @Column({ type: 'text', nullable: true })
  cancellationReason: string | null;

  @Column({ type: 'integer', nullable: true })
  attendance: number | null;

  @Column({ type: 'boolean', default: false })
  isPublic: boolean;

  /** The member organization that proposed the event; null for the secretariat's own. */
  @Column({ type: 'uuid', nullable: true })
  proposedByOrganizationId: string | null;

  /** Maps `event_organizers`; never loaded or saved through the relation (see EventOrganizersService). */
  @ManyToMany(() => Organization)
  @JoinTable({ name: 'event_organizers', joinColumn: { name: 'event_id' }, inverseJoinColumn: { name: 'organization_id' } })
  organizers?: Organization[];
}
