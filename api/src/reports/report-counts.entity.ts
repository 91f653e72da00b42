import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NotAudited } from '../audit/audit-ignore.decorator.js';

/*
 * The reports' count tables (migration CreateReportCounts): derived figures,
 * written only by PostgreSQL triggers on the tables they count, read only by
 * reports/activity-counts.ts. They are mapped so that the schema has no table
 * without an owner; nothing saves them through the ORM.
 */

/** How many events, lobbying actions and testimonies of a country count as activity on one UTC day. */
@NotAudited()
@Entity('activity_day_counts')
export class ActivityDayCount {
  @PrimaryColumn({ type: 'uuid' })
  countryId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'integer' })
  events: number;

  @Column({ type: 'integer' })
  lobbyingActions: number;

  @Column({ type: 'integer' })
  testimonies: number;
}

/** The same per month (`month` is its first day), so that a long period reads whole months. */
@NotAudited()
@Entity('activity_month_counts')
export class ActivityMonthCount {
  @PrimaryColumn({ type: 'uuid' })
  countryId: string;

  @PrimaryColumn({ type: 'date' })
  month: string;

  @Column({ type: 'integer' })
  events: number;

  @Column({ type: 'integer' })
  lobbyingActions: number;

  @Column({ type: 'integer' })
  testimonies: number;
}

/** Active member organizations of a country, headquartered or working there, each once. */
@NotAudited()
@Entity('member_country_counts')
export class MemberCountryCount {
  @PrimaryColumn({ type: 'uuid' })
  countryId: string;

  @Column({ type: 'integer' })
  members: number;
}
