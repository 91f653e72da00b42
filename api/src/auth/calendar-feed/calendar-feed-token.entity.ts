import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { AuditIgnore, NotAudited } from '../../audit/audit-ignore.decorator.js';

/**
 * A user's personal token for subscribing to the iCalendar feed from a
 * calendar app, which cannot send a bearer token.
 *
 * Kept readable rather than hashed: the user must be able to copy the feed
 * address again from the profile page (a calendar app shows it nowhere), and
 * the token grants one read-only feed of events that anybody able to read
 * this table could read directly. Its risk is bounded by what it opens, by
 * the access check (nothing but the feed) and by revocation: regenerating it
 * ends the old address at once.
 */
@NotAudited()
@Entity('calendar_feed_tokens')
export class CalendarFeedToken {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @AuditIgnore()
  @Column({ type: 'varchar', length: 64 })
  token: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
