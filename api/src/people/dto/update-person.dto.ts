import { IsEmailAddress } from '../../common/email-address.js';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { trimmed, trimmedList } from '../../common/text-transforms.js';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { LANGUAGES, type Language } from '../../organizations/organization.contract.js';
import { PHONE } from '../../common/validation-patterns.js';
import { MAX_OTHER_EMAILS, PersonContactFields } from './person-contact-fields.dto.js';

/** PUT takes the record back as GET returned it; read-only fields are ignored. */
export class UpdatePersonDto extends PersonContactFields {
  @ApiPropertyOptional({ maxLength: 100 })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'firstName must be text' })
  @IsNotEmpty({ message: 'firstName must not be empty' })
  @MaxLength(100, { message: 'firstName must be at most 100 characters long' })
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'lastName must be text' })
  @IsNotEmpty({ message: 'lastName must not be empty' })
  @MaxLength(100, { message: 'lastName must be at most 100 characters long' })
  lastName?: string;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_OTHER_EMAILS })
  @IfSent()
  @IsArray({ message: 'otherEmails must be a list' })
  @ArrayMaxSize(MAX_OTHER_EMAILS, { message: `otherEmails holds at most ${MAX_OTHER_EMAILS} addresses` })
  @IsEmailAddress({ each: true })
  otherEmails?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 10 })
  @Transform(trimmedList)
  @IfSent()
  @IsArray({ message: 'phones must be a list' })
  @ArrayMaxSize(10, { message: 'phones holds at most 10 numbers' })
  @IsString({ each: true, message: 'phones must hold phone numbers' })
  @MaxLength(50, { each: true, message: 'phones must hold numbers of at most 50 characters' })
  @Matches(PHONE, { each: true, message: 'phones must hold phone numbers (digits, spaces, + ( ) - . /)' })
  phones?: string[];

  @ApiPropertyOptional({ enum: LANGUAGES, isArray: true })
  @IfSent()
  @IsArray({ message: 'languages must be a list' })
  @IsIn(LANGUAGES, { each: true, message: `languages must hold only: ${LANGUAGES.join(', ')}` })
  languages?: Language[];

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() userId?: unknown;
  @ReadOnlyField() organizations?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
