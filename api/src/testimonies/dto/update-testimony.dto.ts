import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { trimmedOrNull, uniqueList } from '../../common/text-transforms.js';
import { ESCR_RIGHTS, TESTIMONY_LIMITS, TESTIMONY_STATUSES, type EscrRight, type TestimonyStatus } from '../testimony.contract.js';

/**
 * The coordinators' review: the rights, the status and the public version.
 * The story and its submitter stay as they were sent. Consent is given by the
 * submitter only: it may be withdrawn here, never given; anonymity may be
 * added, never removed. PUT takes the record back as GET returned it.
 */
export class UpdateTestimonyDto {
  @ApiPropertyOptional({ enum: ESCR_RIGHTS, isArray: true })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'rightsAffected must be a list' })
  @ArrayMinSize(1, { message: 'rightsAffected must name at least one right' })
  @ArrayMaxSize(TESTIMONY_LIMITS.rightsAffected, { message: `rightsAffected holds at most ${TESTIMONY_LIMITS.rightsAffected} rights` })
  @IsIn(ESCR_RIGHTS, { each: true, message: `rightsAffected must hold only: ${ESCR_RIGHTS.join(', ')}` })
  rightsAffected?: EscrRight[];

  @ApiPropertyOptional({ enum: TESTIMONY_STATUSES, description: 'received → reviewed → published | archived; publishing needs consent and the public version' })
  @IfSent()
  @IsIn(TESTIMONY_STATUSES, { message: `status must be one of: ${TESTIMONY_STATUSES.join(', ')}` })
  status?: TestimonyStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TESTIMONY_LIMITS.publicTitle })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'publicTitle must be text' })
  @MaxLength(TESTIMONY_LIMITS.publicTitle, { message: `publicTitle must be at most ${TESTIMONY_LIMITS.publicTitle} characters long` })
  publicTitle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TESTIMONY_LIMITS.publicText })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'publicText must be text' })
  @MaxLength(TESTIMONY_LIMITS.publicText, { message: `publicText must be at most ${TESTIMONY_LIMITS.publicText} characters long` })
  publicText?: string | null;

  @ApiPropertyOptional({ description: 'May be withdrawn (set to false), not given on the submitter’s behalf' })
  @IfSent()
  @IsBoolean({ message: 'consentToPublish must be true or false' })
  consentToPublish?: boolean;

  @ApiPropertyOptional({ description: 'May be set, not lifted on the submitter’s behalf' })
  @IfSent()
  @IsBoolean({ message: 'anonymize must be true or false' })
  anonymize?: boolean;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() countryId?: unknown;
  @ReadOnlyField() text?: unknown;
  @ReadOnlyField() submitterName?: unknown;
  @ReadOnlyField() submitterContact?: unknown;
  @ReadOnlyField() submitterHidden?: unknown;
  @ReadOnlyField() submittedByUserId?: unknown;
  @ReadOnlyField() organizationId?: unknown;
  @ReadOnlyField() source?: unknown;
  @ReadOnlyField() locale?: unknown;
  @ReadOnlyField() publishedAt?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
