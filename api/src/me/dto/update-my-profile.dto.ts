import { IsEmailAddress } from '../../common/email-address.js';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, type TransformFnParams } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { trimmed, trimmedOrNull, uniqueList } from '../../common/text-transforms.js';
import { LANGUAGES } from '../../organizations/organization.contract.js';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';

const MAX_ADDRESSES = 10;

const trimmedList = ({ value }: TransformFnParams): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '') : value;

/**
 * PUT /api/me/profile: the member's own contact record, as GET returned it.
 * The fields are those of MEMBER_PROFILE_FIELDS; the rest is read-only.
 */
export class UpdateMyProfileDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'firstName must be text' })
  @Length(1, 100, { message: 'firstName must be 1 to 100 characters long' })
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'lastName must be text' })
  @Length(1, 100, { message: 'lastName must be 1 to 100 characters long' })
  lastName?: string;

  @ApiPropertyOptional({
    description: 'A new contact e-mail is applied once confirmed by the link mailed to it (see pendingEmail); the login e-mail of the account stays as it is',
  })
  @IfSent()
  @IsEmailAddress()
  email?: string;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_ADDRESSES })
  @IfSent()
  @IsArray({ message: 'otherEmails must be a list of e-mail addresses' })
  @ArrayMaxSize(MAX_ADDRESSES, { message: `otherEmails may hold at most ${MAX_ADDRESSES} addresses` })
  @IsEmailAddress({ each: true })
  otherEmails?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: MAX_ADDRESSES })
  @Transform(trimmedList)
  @IfSent()
  @IsArray({ message: 'phones must be a list of phone numbers' })
  @ArrayMaxSize(MAX_ADDRESSES, { message: `phones may hold at most ${MAX_ADDRESSES} numbers` })
  @IsString({ each: true, message: 'phones must hold text only' })
  @MaxLength(50, { each: true, message: 'phones must hold numbers of at most 50 characters' })
  phones?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'jobTitle must be text' })
  @MaxLength(120, { message: 'jobTitle must be at most 120 characters long' })
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IfSentNotNull()
  @IsUUID('all', { message: 'countryId must be the id of a country' })
  countryId?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES, isArray: true })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'languages must be a list' })
  @IsIn(LANGUAGES, { each: true, message: `languages must hold only: ${LANGUAGES.join(', ')}` })
  languages?: string[];

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
  @ReadOnlyField() consentAt?: unknown;
  @ReadOnlyField() consentSource?: unknown;
  @ReadOnlyField() loginEmail?: unknown;
  @ReadOnlyField() pendingEmail?: unknown;
}
