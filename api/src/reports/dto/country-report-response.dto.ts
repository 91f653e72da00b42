import { ApiProperty } from '@nestjs/swagger';
import { GOVERNMENT_POSITIONS, OP_STATUSES, type GovernmentPosition, type OpStatus } from '../../countries/country.contract.js';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from '../../events/event.contract.js';
import {
  RATIFICATION_STAGES,
  RATIFICATION_STEP_STATUSES,
  type RatificationStage,
  type RatificationStepStatus,
} from '../../ratification-steps/ratification-step.contract.js';
import {
  LOBBYING_ACTION_STATUSES,
  LOBBYING_ACTION_TYPES,
  type LobbyingActionStatus,
  type LobbyingActionType,
} from '../../lobbying-actions/lobbying-action.contract.js';
import { ACTIVITY_KINDS, type ActivityKind } from '../report.contract.js';
import { ActivityCountsDto, ActivityMonthDto, ReportPeriodDto } from './overview-response.dto.js';

export class ReportCountryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'KEN' })
  iso3: string;

  @ApiProperty({ example: 'KE' })
  iso2: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  nameEs: string | null;

  @ApiProperty({ type: String, nullable: true })
  nameFr: string | null;

  @ApiProperty()
  region: string;

  @ApiProperty()
  subregion: string;

  @ApiProperty()
  icescrParty: boolean;

  @ApiProperty({ enum: OP_STATUSES })
  opStatus: OpStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  opSignedAt: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  opRatifiedAt: string | null;

  @ApiProperty({ type: Boolean, nullable: true })
  art10Declaration: boolean | null;

  @ApiProperty({ type: Boolean, nullable: true })
  art11Declaration: boolean | null;

  @ApiProperty({ enum: GOVERNMENT_POSITIONS })
  governmentPosition: GovernmentPosition;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  nextUprReviewAt: string | null;

  @ApiProperty({ type: [String] })
  regionalMechanisms: string[];

  @ApiProperty({ type: String, nullable: true, description: 'Where the current treaty facts come from' })
  statusSource: string | null;
}

export class ReportStatusChangeDto {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ example: 'opStatus' })
  field: string;

  @ApiProperty({ type: String, nullable: true })
  fromValue: string | null;

  @ApiProperty({ type: String, nullable: true })
  toValue: string | null;

  @ApiProperty({ type: String, nullable: true })
  source: string | null;
}

export class ReportStepDto {
  @ApiProperty({ enum: RATIFICATION_STAGES })
  stage: RatificationStage;

  @ApiProperty({ enum: RATIFICATION_STEP_STATUSES })
  status: RatificationStepStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  date: string | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: String, nullable: true })
  source: string | null;
}

export class ReportEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: EVENT_TYPES })
  type: EventType;

  @ApiProperty({ enum: EVENT_STATUSES })
  status: EventStatus;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ type: String, nullable: true })
  location: string | null;

  @ApiProperty()
  governmentAuthorityPresent: boolean;

  @ApiProperty({ type: Number, nullable: true })
  attendance: number | null;
}

export class ReportMemberDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  acronym: string | null;

  @ApiProperty({ example: 'ngo' })
  type: string;

  @ApiProperty({ description: 'Headquartered in the country (else it works there)' })
  headquartered: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  joinedAt: string | null;
}

export class ReportActionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date' })
  occurredOn: string;

  @ApiProperty({ enum: LOBBYING_ACTION_TYPES })
  type: LobbyingActionType;

  @ApiProperty({ enum: LOBBYING_ACTION_STATUSES })
  status: LobbyingActionStatus;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  followUpAt: string | null;
}

/** Everything about one country for a steering meeting. */
export class CountryReportDto {
  @ApiProperty({ type: ReportPeriodDto })
  period: ReportPeriodDto;

  @ApiProperty({ format: 'date-time' })
  generatedAt: string;

  @ApiProperty({ enum: ACTIVITY_KINDS, isArray: true })
  countedActivity: ActivityKind[];

  @ApiProperty({ type: ReportCountryDto })
  country: ReportCountryDto;

  @ApiProperty({ type: ActivityCountsDto, description: 'Work in the country during the period' })
  activity: ActivityCountsDto;

  @ApiProperty({ type: [ActivityMonthDto] })
  activityTrend: ActivityMonthDto[];

  @ApiProperty({ description: 'Whether the country had any counted work in the 90 days up to `to`' })
  activeInLast90Days: boolean;

  @ApiProperty({ type: [ReportStatusChangeDto], description: 'Latest status changes, newest first' })
  history: ReportStatusChangeDto[];

  @ApiProperty({ type: [ReportStepDto], description: 'The national ratification pipeline, in order' })
  steps: ReportStepDto[];

  @ApiProperty({ type: [ReportActionDto], description: 'Latest lobbying actions, newest first' })
  actions: ReportActionDto[];

  @ApiProperty({ type: [ReportEventDto], description: 'Latest events, newest first' })
  events: ReportEventDto[];

  @ApiProperty({ type: [ReportMemberDto] })
  members: ReportMemberDto[];
}
