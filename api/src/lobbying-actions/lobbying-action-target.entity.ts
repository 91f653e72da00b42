import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NotAudited } from '../audit/audit-ignore.decorator.js';

/**
 * An authority a lobbying action addresses, with the person who held the post
 * then. Written only by LobbyingActionLinksService, which records each change
 * as an update of the action.
 */
@NotAudited()
@Entity('lobbying_action_authorities')
export class LobbyingActionTarget {
  @PrimaryColumn({ type: 'uuid' })
  lobbyingActionId: string;

  @PrimaryColumn({ type: 'uuid' })
  authorityId: string;

  @Column({ type: 'uuid', nullable: true })
  holderId: string | null;
}
