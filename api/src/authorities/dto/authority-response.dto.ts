import { ApiProperty } from '@nestjs/swagger';
import { AUTHORITY_INSTITUTIONS, AUTHORITY_STANCES, type AuthorityInstitution, type AuthorityStance } from '../authority.contract.js';
import type { AuthorityHolder } from '../authority-holder.entity.js';
import type { AuthorityStanceChange } from '../authority-stance-change.entity.js';
import type { Authority } from '../authority.entity.js';

export class AuthorityResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  countryId: string;

  @ApiProperty({ enum: AUTHORITY_INSTITUTIONS })
  institution: AuthorityInstitution;

  @ApiProperty()
  postTitle: string;

  @ApiProperty({ enum: AUTHORITY_STANCES })
  stance: AuthorityStance;

  @ApiProperty({ type: String, nullable: true })
  officeEmail: string | null;

  @ApiProperty({ type: String, nullable: true })
  officePhone: string | null;

  @ApiProperty({ type: String, nullable: true })
  officeAddress: string | null;

  @ApiProperty()
  isActive: boolean;

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The current holder; null when nobody is known to hold the post' })
  holderId: string | null;

  @ApiProperty({ type: String, nullable: true })
  holderName: string | null;

  @ApiProperty({ type: String, nullable: true })
  holderEmail: string | null;

  @ApiProperty({ type: String, nullable: true })
  holderPhone: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  holderSince: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toAuthorityResponse(authority: Authority, holder: AuthorityHolder | null): AuthorityResponseDto {
  return {
    id: authority.id,
    countryId: authority.countryId,
    institution: authority.institution,
    postTitle: authority.postTitle,
    stance: authority.stance,
    officeEmail: authority.officeEmail,
    officePhone: authority.officePhone,
    officeAddress: authority.officeAddress,
    isActive: authority.isActive,
    notes: authority.notes,
    holderId: holder?.id ?? null,
    holderName: holder?.personName ?? null,
    holderEmail: holder?.email ?? null,
    holderPhone: holder?.phone ?? null,
    holderSince: holder?.since ?? null,
    createdAt: authority.createdAt.toISOString(),
    updatedAt: authority.updatedAt.toISOString(),
  };
}

export class AuthorityHolderResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  personName: string;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  since: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Null for the current holder' })
  until: string | null;
}

export const toAuthorityHolderResponse = (holder: AuthorityHolder): AuthorityHolderResponseDto => ({
  id: holder.id,
  personName: holder.personName,
  email: holder.email,
  phone: holder.phone,
  since: holder.since,
  until: holder.until,
});

export class AuthorityStanceChangeResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: AUTHORITY_STANCES })
  fromStance: AuthorityStance;

  @ApiProperty({ enum: AUTHORITY_STANCES })
  toStance: AuthorityStance;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Who changed it' })
  userEmail: string | null;

  @ApiProperty({ format: 'date-time' })
  changedAt: string;
}

export const toAuthorityStanceChangeResponse = (change: AuthorityStanceChange): AuthorityStanceChangeResponseDto => ({
  id: change.id,
  fromStance: change.fromStance,
  toStance: change.toStance,
  note: change.note,
  userEmail: change.userEmail,
  changedAt: change.createdAt.toISOString(),
});

/** A post's people, latest first, and its stance changes, latest first. */
export class AuthorityHistoryResponseDto {
  @ApiProperty({ type: [AuthorityHolderResponseDto] })
  holders: AuthorityHolderResponseDto[];

  @ApiProperty({ type: [AuthorityStanceChangeResponseDto] })
  stanceChanges: AuthorityStanceChangeResponseDto[];
}
