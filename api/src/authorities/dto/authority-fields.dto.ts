import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../../common/email-address.js';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { trimmedOrNull } from '../../common/text-transforms.js';
import { PHONE } from '../../common/validation-patterns.js';
import { AUTHORITY_STANCES, type AuthorityStance } from '../authority.contract.js';
import { CurrentHolderFields } from './holder-fields.dto.js';

/** The optional fields create and update share. */
export class AuthorityFields extends CurrentHolderFields {
  @ApiPropertyOptional({ enum: AUTHORITY_STANCES, default: 'unknown' })
  @IfSent()
  @IsIn(AUTHORITY_STANCES, { message: `stance must be one of: ${AUTHORITY_STANCES.join(', ')}` })
  stance?: AuthorityStance;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254, description: "The office's e-mail address" })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsEmailAddress({ message: 'officeEmail must be an e-mail address' })
  @MaxLength(254, { message: 'officeEmail must be at most 254 characters long' })
  officeEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'officePhone must be a phone number' })
  @MaxLength(50, { message: 'officePhone must be at most 50 characters long' })
  @Matches(PHONE, { message: 'officePhone must be a phone number (digits, spaces, + ( ) - . /)' })
  officePhone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'officeAddress must be text' })
  @MaxLength(500, { message: 'officeAddress must be at most 500 characters long' })
  officeAddress?: string | null;

  @ApiPropertyOptional({ default: true, description: 'False once the post no longer exists' })
  @IfSent()
  @IsBoolean({ message: 'isActive must be true or false' })
  isActive?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'notes must be text' })
  @MaxLength(10000, { message: 'notes must be at most 10000 characters long' })
  notes?: string | null;
}
