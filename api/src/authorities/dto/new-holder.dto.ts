import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../../common/email-address.js';
import { IfSentNotNull } from '../../common/field-presence.js';
import { trimmed, trimmedOrNull } from '../../common/text-transforms.js';
import { DATE, PHONE } from '../../common/validation-patterns.js';
import { AUTHORITY_HOLDER_NAME_MAX } from '../authority.contract.js';

/** A new person in a post: the previous holder's time ends the day before `since`. */
export class NewAuthorityHolderDto {
  @ApiProperty({ maxLength: AUTHORITY_HOLDER_NAME_MAX, example: 'Ana María Rojas' })
  @Transform(trimmed)
  @IsString({ message: 'personName must be text' })
  @IsNotEmpty({ message: 'personName must not be empty' })
  @MaxLength(AUTHORITY_HOLDER_NAME_MAX, { message: `personName must be at most ${AUTHORITY_HOLDER_NAME_MAX} characters long` })
  personName: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsEmailAddress({ message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters long' })
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'phone must be a phone number' })
  @MaxLength(50, { message: 'phone must be at most 50 characters long' })
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, + ( ) - . /)' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'When the person took the post; today when left out' })
  @IfSentNotNull()
  @Matches(DATE, { message: 'since must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'since must be a date (YYYY-MM-DD)' })
  since?: string | null;
}
