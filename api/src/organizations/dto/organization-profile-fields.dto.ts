import { IsEmailAddress } from '../../common/email-address.js';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';
import { websiteUrl } from '../../common/text-transforms.js';
import { DATE, PHONE } from '../../common/validation-patterns.js';

/** ISO 3166 lists about 250 countries and territories. */
export const MAX_COUNTRIES_OF_WORK = 250;

/** The fields of an organization that creating and editing validate alike: all of them may be empty. */
export abstract class OrganizationProfileFields {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40 })
  @IsOptional()
  @IsString({ message: 'acronym must be text' })
  @MaxLength(40, { message: 'acronym must be at most 40 characters long' })
  acronym?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'headquartersCountryId must be a UUID' })
  headquartersCountryId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, example: 'https://www.example.org' })
  @IsOptional()
  @Transform(websiteUrl)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be a web address' })
  @MaxLength(300, { message: 'website must be at most 300 characters long' })
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmailAddress()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @IsOptional()
  @IsString({ message: 'phone must be a phone number' })
  @MaxLength(50, { message: 'phone must be at most 50 characters long' })
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, + ( ) - . /)' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString({ message: 'description must be text' })
  @MaxLength(10000, { message: 'description must be at most 10000 characters long' })
  description?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Set to today when the organization becomes active without one' })
  @IsOptional()
  @Matches(DATE, { message: 'joinedAt must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'joinedAt must be a date (YYYY-MM-DD)' })
  joinedAt?: string | null;
}
