import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../../common/email-address.js';
import { IfSentNotNull } from '../../common/field-presence.js';
import { trimmedOrNull } from '../../common/text-transforms.js';
import { DATE, PHONE } from '../../common/validation-patterns.js';
import { AUTHORITY_HOLDER_NAME_MAX } from '../authority.contract.js';

/**
 * The current holder of a post, as the authority's record carries it. On
 * create it names the first holder; on update it corrects the current one
 * (a new person in the post is `POST /api/authorities/:id/holders`).
 */
export class CurrentHolderFields {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: AUTHORITY_HOLDER_NAME_MAX, example: 'Ana María Rojas' })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'holderName must be text' })
  @IsNotEmpty({ message: 'holderName must not be empty' })
  @MaxLength(AUTHORITY_HOLDER_NAME_MAX, { message: `holderName must be at most ${AUTHORITY_HOLDER_NAME_MAX} characters long` })
  holderName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsEmailAddress({ message: 'holderEmail must be an e-mail address' })
  @MaxLength(254, { message: 'holderEmail must be at most 254 characters long' })
  holderEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'holderPhone must be a phone number' })
  @MaxLength(50, { message: 'holderPhone must be at most 50 characters long' })
  @Matches(PHONE, { message: 'holderPhone must be a phone number (digits, spaces, + ( ) - . /)' })
  holderPhone?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'When the holder took the post' })
  @IfSentNotNull()
  @Matches(DATE, { message: 'holderSince must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'holderSince must be a date (YYYY-MM-DD)' })
  holderSince?: string | null;
}
