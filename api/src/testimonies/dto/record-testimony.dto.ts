import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { trimmed, trimmedOrNull, uniqueList } from '../../common/text-transforms.js';
import { ESCR_RIGHTS, TESTIMONY_LIMITS, TESTIMONY_LOCALES, type EscrRight, type TestimonyLocale } from '../testimony.contract.js';

/** A testimony as a member or the secretariat records it in the admin. */
export class RecordTestimonyDto {
  @ApiProperty({ format: 'uuid', description: 'A country of GET /api/public/countries; a member records testimonies for its countries only' })
  @IsUUID('all', { message: 'countryId must be the id of a country' })
  countryId: string;

  @ApiProperty({ enum: ESCR_RIGHTS, isArray: true, minItems: 1 })
  @Transform(uniqueList)
  @IsArray({ message: 'rightsAffected must be a list' })
  @ArrayMinSize(1, { message: 'rightsAffected must name at least one right' })
  @ArrayMaxSize(TESTIMONY_LIMITS.rightsAffected, { message: `rightsAffected holds at most ${TESTIMONY_LIMITS.rightsAffected} rights` })
  @IsIn(ESCR_RIGHTS, { each: true, message: `rightsAffected must hold only: ${ESCR_RIGHTS.join(', ')}` })
  rightsAffected: EscrRight[];

  @ApiProperty({ maxLength: TESTIMONY_LIMITS.text, description: 'What happened, in the words of the person who tells it' })
  @Transform(trimmed)
  @IsString({ message: 'text must be text' })
  @IsNotEmpty({ message: 'text must not be empty' })
  @MaxLength(TESTIMONY_LIMITS.text, { message: `text must be at most ${TESTIMONY_LIMITS.text} characters long` })
  text: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TESTIMONY_LIMITS.submitterName })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'submitterName must be text' })
  @MaxLength(TESTIMONY_LIMITS.submitterName, { message: `submitterName must be at most ${TESTIMONY_LIMITS.submitterName} characters long` })
  submitterName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TESTIMONY_LIMITS.submitterContact, description: 'E-mail or phone to reach the submitter' })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'submitterContact must be text' })
  @MaxLength(TESTIMONY_LIMITS.submitterContact, {
    message: `submitterContact must be at most ${TESTIMONY_LIMITS.submitterContact} characters long`,
  })
  submitterContact?: string | null;

  @ApiProperty({ description: 'The submitter agrees that a public version may be published' })
  @IsBoolean({ message: 'consentToPublish must be true or false' })
  consentToPublish: boolean;

  @ApiProperty({ description: 'The submitter must not be identified: only coordinators see who sent it' })
  @IsBoolean({ message: 'anonymize must be true or false' })
  anonymize: boolean;

  @ApiPropertyOptional({ enum: TESTIMONY_LOCALES, default: 'en', description: 'The language it was written in' })
  @IfSent()
  @IsIn(TESTIMONY_LOCALES, { message: `locale must be one of: ${TESTIMONY_LOCALES.join(', ')}` })
  locale?: TestimonyLocale;
}
