import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { trimmed, trimmedList } from '../../common/text-transforms.js';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PHONE } from '../../common/validation-patterns.js';
import { MAX_OTHER_EMAILS, PersonContactFields } from './person-contact-fields.dto.js';
import { LANGUAGES, type Language } from '../../organizations/organization.contract.js';

export class CreatePersonDto extends PersonContactFields {
  @ApiProperty({ maxLength: 100 })
  @Transform(trimmed)
  @IsString({ message: 'firstName must be text' })
  @IsNotEmpty({ message: 'firstName must not be empty' })
  @MaxLength(100, { message: 'firstName must be at most 100 characters long' })
  firstName: string;

  @ApiProperty({ maxLength: 100 })
  @Transform(trimmed)
  @IsString({ message: 'lastName must be text' })
  @IsNotEmpty({ message: 'lastName must not be empty' })
  @MaxLength(100, { message: 'lastName must be at most 100 characters long' })
  lastName: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: 'otherEmails must be a list' })
  @ArrayMaxSize(MAX_OTHER_EMAILS, { message: `otherEmails holds at most ${MAX_OTHER_EMAILS} addresses` })
  @IsEmail({}, { each: true, message: 'otherEmails must hold e-mail addresses only' })
  @MaxLength(254, { each: true, message: 'otherEmails must hold addresses of at most 254 characters' })
  otherEmails?: string[];

  @ApiPropertyOptional({ type: [String], example: ['+54 11 4321-0000'] })
  @Transform(trimmedList)
  @IsOptional()
  @IsArray({ message: 'phones must be a list' })
  @ArrayMaxSize(10, { message: 'phones holds at most 10 numbers' })
  @IsString({ each: true, message: 'phones must hold phone numbers' })
  @MaxLength(50, { each: true, message: 'phones must hold numbers of at most 50 characters' })
  @Matches(PHONE, { each: true, message: 'phones must hold phone numbers (digits, spaces, + ( ) - . /)' })
  phones?: string[];

  @ApiPropertyOptional({ enum: LANGUAGES, isArray: true })
  @IsOptional()
  @IsArray({ message: 'languages must be a list' })
  @IsIn(LANGUAGES, { each: true, message: `languages must hold only: ${LANGUAGES.join(', ')}` })
  languages?: Language[];
}
