import { Column, Entity, JoinTable, ManyToMany } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { AcceptsNotes } from '../notes/note-target.decorator.js';
import { Organization } from '../organizations/organization.entity.js';
import type { LobbyingActionStatus, LobbyingActionType, LobbyingAsk } from './lobbying-action.contract.js';

/**
 * A meeting, letter, call, petition delivery, UPR intervention or media piece
 * that puts the coalition's asks to a state's authorities. Its targets and
 * organizations are written only by LobbyingActionLinksService, which audits them.
 */
@AcceptsNotes('lobbying_action')
@AuditEntityType('LobbyingAction')
@Entity('lobbying_actions')
export class LobbyingAction extends BaseEntity {
  @Column({ type: 'text' })
  type: LobbyingActionType;

  @Column({ type: 'uuid' })
  countryId: string;

  /** The day it happened (or will, while planned). */
  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  asks: LobbyingAsk[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** What the authority answered or did. */
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'date', nullable: true })
  followUpAt: string | null;

  @Column({ type: 'text', default: 'done' })
  status: LobbyingActionStatus;

  /** The member organization whose contact recorded it; null for the secretariat's own. */
  @Column({ type: 'uuid', nullable: true })
  recordedByOrganizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  /** Maps `lobbying_action_organizations`; never loaded or saved through the relation. */
  @ManyToMany(() => Organization)
  @JoinTable({ name: 'lobbying_action_organizations', joinColumn: { name: 'lobbying_action_id' }, inverseJoinColumn: { name: 'organization_id' } })
  organizations?: Organization[];
}
