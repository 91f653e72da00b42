import { ApiProperty } from '@nestjs/swagger';
import {
  LOBBYING_ACTION_STATUSES,
  LOBBYING_ACTION_TYPES,
  LOBBYING_ASKS,
  type LobbyingActionStatus,
  type LobbyingActionType,
  type LobbyingAsk,
} from '../lobbying-action.contract.js';
import type { LobbyingAction } from '../lobbying-action.entity.js';

/** An authority the action addressed, and who held the post then. */
export class LobbyingActionTargetDto {
  @ApiProperty({ format: 'uuid' })
  authorityId: string;

  @ApiProperty()
  postTitle: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  holderId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Who held the post when the action was recorded' })
  holderName: string | null;
}

export class LobbyingActionResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: LOBBYING_ACTION_TYPES })
  type: LobbyingActionType;

  @ApiProperty({ format: 'uuid' })
  countryId: string;

  @ApiProperty({ format: 'date' })
  occurredOn: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: LOBBYING_ASKS, isArray: true })
  asks: LobbyingAsk[];

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ type: String, nullable: true })
  outcome: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  followUpAt: string | null;

  @ApiProperty({ enum: LOBBYING_ACTION_STATUSES })
  status: LobbyingActionStatus;

  @ApiProperty({ type: [String], format: 'uuid' })
  authorityIds: string[];

  @ApiProperty({ type: [LobbyingActionTargetDto] })
  targets: LobbyingActionTargetDto[];

  @ApiProperty({ type: [String], format: 'uuid' })
  organizationIds: string[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  recordedByOrganizationId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export interface LobbyingActionLinks {
  targets: LobbyingActionTargetDto[];
  organizationIds: string[];
}

export function toLobbyingActionResponse(action: LobbyingAction, links: LobbyingActionLinks): LobbyingActionResponseDto {
  return {
    id: action.id,
    type: action.type,
    countryId: action.countryId,
    occurredOn: action.occurredOn,
    title: action.title,
    asks: action.asks,
    description: action.description,
    outcome: action.outcome,
    followUpAt: action.followUpAt,
    status: action.status,
    authorityIds: links.targets.map((target) => target.authorityId),
    targets: links.targets,
    organizationIds: links.organizationIds,
    recordedByOrganizationId: action.recordedByOrganizationId,
    createdByUserId: action.createdByUserId,
    createdAt: action.createdAt.toISOString(),
    updatedAt: action.updatedAt.toISOString(),
  };
}
