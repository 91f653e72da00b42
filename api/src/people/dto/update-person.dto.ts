import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { LANGUAGES, type Language } from '../../organizations/organization-enums.js';
import { PHONE } from '../../organizations/dto/create-organization.dto.js';

const present = (_object: object, value: unknown): boolean => value !== undefined;

/** PUT takes the record back as GET returned it; read-only fields are ignored. */
export class UpdatePersonDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @ValidateIf(present)
  @IsString({ message: 'firstName must be text' })
  @IsNotEmpty({ message: 'firstName must not be empty' })
  @MaxLength(100, { message: 'firstName must be at most 100 characters long' })
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @ValidateIf(present)
  @IsString({ message: 'lastName must be text' })
  @IsNotEmpty({ message: 'lastName must not be empty' })
  @MaxLength(100, { message: 'lastName must be at most 100 characters long' })
  lastName?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters long' })
  email?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @ValidateIf(present)
  @IsArray({ message: 'otherEmails must be a list' })
  @ArrayMaxSize(20, { message: 'otherEmails holds at most 20 addresses' })
  @IsEmail({}, { each: true, message: 'otherEmails must hold e-mail addresses only' })
  @MaxLength(254, { each: true, message: 'otherEmails must hold addresses of at most 254 characters' })
  otherEmails?: string[];

  @ApiPropertyOptional({ type: [String] })
  @ValidateIf(present)
  @IsArray({ message: 'phones must be a list' })
  @ArrayMaxSize(10, { message: 'phones holds at most 10 numbers' })
  @IsString({ each: true, message: 'phones must hold phone numbers' })
  @MaxLength(50, { each: true, message: 'phones must hold numbers of at most 50 characters' })
  @Matches(PHONE, { each: true, message: 'phones must hold phone numbers (digits, spaces, + ( ) - . /)' })
  phones?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @IsOptional()
  @IsString({ message: 'jobTitle must be text' })
  @MaxLength(120, { message: 'jobTitle must be at most 120 characters long' })
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'countryId must be a UUID' })
  countryId?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES, isArray: true })
  @ValidateIf(present)
  @IsArray({ message: 'languages must be a list' })
  @IsIn(LANGUAGES, { each: true, message: `languages must hold only: ${LANGUAGES.join(', ')}` })
  languages?: Language[];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'consentAt must be a date-time' })
  consentAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @IsOptional()
  @IsString({ message: 'consentSource must be text' })
  @MaxLength(120, { message: 'consentSource must be at most 120 characters long' })
  consentSource?: string | null;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() userId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
