import { IsEmailAddress } from '../../common/email-address.js';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Further e-mail addresses a person may have besides the primary one. */
export const MAX_OTHER_EMAILS = 10;

/** The fields of a person that creating and editing validate alike: all of them may be empty. */
export abstract class PersonContactFields {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Unique regardless of case' })
  @IsOptional()
  @IsEmailAddress()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @IsOptional()
  @IsString({ message: 'jobTitle must be text' })
  @MaxLength(120, { message: 'jobTitle must be at most 120 characters long' })
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'countryId must be a UUID' })
  countryId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'consentAt must be a date-time' })
  consentAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, example: 'national event sign-up sheet' })
  @IsOptional()
  @IsString({ message: 'consentSource must be text' })
  @MaxLength(120, { message: 'consentSource must be at most 120 characters long' })
  consentSource?: string | null;
}
