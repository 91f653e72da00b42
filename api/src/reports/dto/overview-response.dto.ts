import { ApiProperty } from '@nestjs/swagger';
import { OP_STATUSES, type OpStatus } from '../../countries/country.contract.js';
import { RATIFICATION_STAGES, type RatificationStage } from '../../ratification-steps/ratification-step.contract.js';
import { ACTIVITY_KINDS, type ActivityKind } from '../report.contract.js';

export class ReportPeriodDto {
  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date', description: 'Included' })
  to: string;
}

/** Countries per OP-ICESCR status. */
export class OpStatusCountsDto {
  @ApiProperty()
  none: number;

  @ApiProperty()
  signed: number;

  @ApiProperty()
  ratified: number;

  @ApiProperty()
  acceded: number;
}

/** Work of each kind in the period. */
export class ActivityCountsDto {
  @ApiProperty()
  events: number;

  @ApiProperty({ description: 'Zero while lobbying actions are not counted (see countedActivity)' })
  lobbyingActions: number;

  @ApiProperty({ description: 'Zero while testimonies are not counted (see countedActivity)' })
  testimonies: number;

  @ApiProperty({ description: 'The sum of the kinds' })
  total: number;
}

export class RegionFiguresDto {
  @ApiProperty({ example: 'Africa' })
  region: string;

  @ApiProperty({ type: OpStatusCountsDto })
  countriesByOpStatus: OpStatusCountsDto;

  @ApiProperty({ description: 'Active member organizations (each once per country it is in, summed over the countries)' })
  members: number;

  @ApiProperty({ type: ActivityCountsDto })
  activity: ActivityCountsDto;
}

export class TreatyYearDto {
  @ApiProperty({ example: 2009 })
  year: number;

  @ApiProperty()
  signatures: number;

  @ApiProperty({ description: 'Ratifications and accessions' })
  ratifications: number;
}

export class CountryFiguresDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'KEN' })
  iso3: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  nameEs: string | null;

  @ApiProperty({ type: String, nullable: true })
  nameFr: string | null;

  @ApiProperty()
  region: string;

  @ApiProperty({ enum: OP_STATUSES })
  opStatus: OpStatus;

  @ApiProperty({ description: 'Active member organizations headquartered or working in the country' })
  members: number;

  @ApiProperty({ type: ActivityCountsDto })
  activity: ActivityCountsDto;
}

export class ActivityMonthDto {
  @ApiProperty({ example: '2026-05' })
  month: string;

  @ApiProperty()
  events: number;

  @ApiProperty()
  lobbyingActions: number;

  @ApiProperty()
  testimonies: number;
}

export class CountryRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  iso3: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  nameEs: string | null;

  @ApiProperty({ type: String, nullable: true })
  nameFr: string | null;

  @ApiProperty()
  region: string;

  @ApiProperty({ enum: OP_STATUSES })
  opStatus: OpStatus;
}

export class NoActivityCountryDto extends CountryRefDto {
  @ApiProperty()
  members: number;
}

export class UpcomingReviewDto extends CountryRefDto {
  @ApiProperty({ format: 'date' })
  nextUprReviewAt: string;
}

export class UpcomingSessionDto {
  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ type: CountryRefDto })
  country: CountryRefDto;
}

export class OverdueFollowUpDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ACTIVITY_KINDS })
  kind: ActivityKind;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date' })
  dueAt: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  countryId: string | null;
}

export class PipelineStageDto {
  @ApiProperty({ enum: RATIFICATION_STAGES })
  stage: RatificationStage;

  @ApiProperty({ description: 'Countries where this step is done' })
  done: number;

  @ApiProperty({ description: 'Countries where this step is expected' })
  expected: number;

  @ApiProperty({ description: 'Countries where this step is stalled' })
  stalled: number;
}

/** The steering committee's overview: treaty status, members, activity and what comes next. */
export class ReportOverviewDto {
  @ApiProperty({ type: ReportPeriodDto })
  period: ReportPeriodDto;

  @ApiProperty({ type: String, nullable: true, description: 'The region the figures cover; null for the world' })
  region: string | null;

  @ApiProperty({ format: 'date-time' })
  generatedAt: string;

  @ApiProperty({ enum: ACTIVITY_KINDS, isArray: true, description: 'The kinds of work the activity figures count' })
  countedActivity: ActivityKind[];

  @ApiProperty({ type: OpStatusCountsDto })
  countriesByOpStatus: OpStatusCountsDto;

  @ApiProperty({ type: [RegionFiguresDto] })
  byRegion: RegionFiguresDto[];

  @ApiProperty({ type: [TreatyYearDto], description: 'Signatures and ratifications per year, from the sourced treaty dates' })
  treatyTimeline: TreatyYearDto[];

  @ApiProperty({ type: [CountryFiguresDto], description: 'Every country of the region with its members and activity in the period' })
  countries: CountryFiguresDto[];

  @ApiProperty({ type: ActivityCountsDto })
  activity: ActivityCountsDto;

  @ApiProperty({ type: [ActivityMonthDto], description: 'Activity per month of the period' })
  activityTrend: ActivityMonthDto[];

  @ApiProperty({ type: [NoActivityCountryDto], description: 'Countries with members and no activity in the last 90 days before `to`' })
  noActivity: NoActivityCountryDto[];

  @ApiProperty({ type: [UpcomingReviewDto], description: 'Universal Periodic Reviews of states that have not ratified, in the next year' })
  upcomingReviews: UpcomingReviewDto[];

  @ApiProperty({ type: [UpcomingSessionDto], description: 'Intergovernmental sessions of states that have not ratified, in the next year' })
  upcomingSessions: UpcomingSessionDto[];

  @ApiProperty({ type: [OverdueFollowUpDto] })
  overdueFollowUps: OverdueFollowUpDto[];

  @ApiProperty({ type: [PipelineStageDto] })
  pipeline: PipelineStageDto[];
}
