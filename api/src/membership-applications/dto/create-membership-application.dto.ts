import { IsEmailAddress } from '../../common/email-address.js';
import { APPLICATION_LIMITS } from '../membership-application.contract.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { trimmed, trimmedOrNull, uniqueList, websiteUrl } from '../../common/text-transforms.js';
import { PHONE } from '../../common/validation-patterns.js';
import { LANGUAGES, ORGANIZATION_TYPES, RIGHTS_FOCUS, type OrganizationType } from '../../organizations/organization.contract.js';
import { APPLICATION_LOCALES, type ApplicationLocale } from '../application-mails.js';

/**
 * The public membership form. Its fields carry their own names (organizationName, contactEmail…), so they
 * cannot be picked from the staff DTOs; their rules follow the staff ones, except the tighter limits on what
 * anyone may post (APPLICATION_LIMITS, which the form shows too).
 */
export class CreateMembershipApplicationDto {
  @ApiProperty({ maxLength: APPLICATION_LIMITS.organizationName.max, example: 'Red por el Derecho a la Alimentación' })
  @Transform(trimmed)
  @IsString({ message: 'organizationName must be text' })
  @Length(APPLICATION_LIMITS.organizationName.min, APPLICATION_LIMITS.organizationName.max, {
    message: `organizationName must be ${APPLICATION_LIMITS.organizationName.min} to ${APPLICATION_LIMITS.organizationName.max} characters long`,
  })
  organizationName: string;

  @ApiPropertyOptional({ type: String, maxLength: APPLICATION_LIMITS.organizationAcronym, nullable: true })
  @Transform(trimmedOrNull)
  @IsOptional()
  @IsString({ message: 'organizationAcronym must be text' })
  @MaxLength(APPLICATION_LIMITS.organizationAcronym, {
    message: `organizationAcronym must be at most ${APPLICATION_LIMITS.organizationAcronym} characters long`,
  })
  organizationAcronym?: string | null;

  @ApiProperty({ enum: ORGANIZATION_TYPES })
  @IsIn(ORGANIZATION_TYPES, { message: `organizationType must be one of: ${ORGANIZATION_TYPES.join(', ')}` })
  organizationType: OrganizationType;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://example.org', description: 'https:// is added when left out' })
  @Transform(websiteUrl)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'organizationWebsite must be a web address' })
  @MaxLength(APPLICATION_LIMITS.organizationWebsite, {
    message: `organizationWebsite must be at most ${APPLICATION_LIMITS.organizationWebsite} characters long`,
  })
  organizationWebsite?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmailAddress()
  organizationEmail?: string | null;

  @ApiProperty({ format: 'uuid', description: 'A country of GET /api/public/countries' })
  @IsUUID('all', { message: 'headquartersCountryId must be the id of a country' })
  headquartersCountryId: string;

  @ApiProperty({ type: [String], format: 'uuid', maxItems: APPLICATION_LIMITS.countriesOfWork, description: 'The countries the organization works in' })
  @Transform(uniqueList)
  @IsArray({ message: 'countriesOfWorkIds must be a list of country ids' })
  @ArrayMaxSize(APPLICATION_LIMITS.countriesOfWork, { message: `countriesOfWorkIds may hold at most ${APPLICATION_LIMITS.countriesOfWork} countries` })
  @IsUUID('all', { each: true, message: 'countriesOfWorkIds must be a list of country ids' })
  countriesOfWorkIds: string[];

  @ApiProperty({ enum: RIGHTS_FOCUS, isArray: true })
  @Transform(uniqueList)
  @IsArray({ message: 'rightsFocus must be a list' })
  @ArrayMinSize(1, { message: 'rightsFocus must name at least one right' })
  @IsIn(RIGHTS_FOCUS, { each: true, message: `rightsFocus must hold only: ${RIGHTS_FOCUS.join(', ')}` })
  rightsFocus: string[];

  @ApiProperty({ enum: LANGUAGES, isArray: true, description: 'The languages the organization works in' })
  @Transform(uniqueList)
  @IsArray({ message: 'languages must be a list' })
  @ArrayMinSize(1, { message: 'languages must name at least one language' })
  @IsIn(LANGUAGES, { each: true, message: `languages must hold only: ${LANGUAGES.join(', ')}` })
  languages: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: APPLICATION_LIMITS.description })
  @Transform(trimmedOrNull)
  @IsOptional()
  @IsString({ message: 'description must be text' })
  @MaxLength(APPLICATION_LIMITS.description, { message: `description must be at most ${APPLICATION_LIMITS.description} characters long` })
  description?: string | null;

  @ApiProperty({ maxLength: APPLICATION_LIMITS.name })
  @Transform(trimmed)
  @IsString({ message: 'contactFirstName must be text' })
  @Length(1, APPLICATION_LIMITS.name, { message: `contactFirstName must be 1 to ${APPLICATION_LIMITS.name} characters long` })
  contactFirstName: string;

  @ApiProperty({ maxLength: APPLICATION_LIMITS.name })
  @Transform(trimmed)
  @IsString({ message: 'contactLastName must be text' })
  @Length(1, APPLICATION_LIMITS.name, { message: `contactLastName must be 1 to ${APPLICATION_LIMITS.name} characters long` })
  contactLastName: string;

  @ApiProperty({ example: 'contact@example.org', description: 'Receives the confirmation, the decision and, once approved, the member invitation' })
  @IsEmailAddress()
  contactEmail: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: APPLICATION_LIMITS.contactPhone })
  @Transform(trimmedOrNull)
  @IsOptional()
  @IsString({ message: 'contactPhone must be text' })
  @MaxLength(APPLICATION_LIMITS.contactPhone, { message: `contactPhone must be at most ${APPLICATION_LIMITS.contactPhone} characters long` })
  // The number becomes one of the contact's phones on approval: the staff and member forms' rule applies.
  @Matches(PHONE, { message: 'contactPhone must be a phone number (digits, spaces, + ( ) - . /)' })
  contactPhone?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: APPLICATION_LIMITS.contactRole,
    description: "The contact's role or position in the organization",
  })
  @Transform(trimmedOrNull)
  @IsOptional()
  @IsString({ message: 'contactRole must be text' })
  @MaxLength(APPLICATION_LIMITS.contactRole, { message: `contactRole must be at most ${APPLICATION_LIMITS.contactRole} characters long` })
  contactRole?: string | null;

  @ApiProperty({ maxLength: APPLICATION_LIMITS.motivation, description: 'Why the organization wants to join the campaign' })
  @Transform(trimmed)
  @IsString({ message: 'motivation must be text' })
  @Length(1, APPLICATION_LIMITS.motivation, { message: `motivation must be 1 to ${APPLICATION_LIMITS.motivation} characters long` })
  motivation: string;

  @ApiPropertyOptional({ enum: APPLICATION_LOCALES, default: 'en', description: 'The language of the e-mails to the applicant' })
  @IsOptional()
  @IsIn(APPLICATION_LOCALES, { message: `locale must be one of: ${APPLICATION_LOCALES.join(', ')}` })
  locale?: ApplicationLocale;

  @ApiProperty({ enum: [true], description: '"I agree that the coalition stores these data": must be true' })
  @Equals(true, { message: 'consent must be true: the coalition stores these data only with your agreement' })
  consent: boolean;

  @ApiPropertyOptional({ description: 'Leave empty: the form hides this field from people' })
  @IsOptional()
  @IsString({ message: 'homepage must be text' })
  @MaxLength(2000, { message: 'homepage must be at most 2000 characters long' })
  homepage?: string;
}
