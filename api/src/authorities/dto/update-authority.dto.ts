import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { trimmed, trimmedOrNull } from '../../common/text-transforms.js';
import { AUTHORITY_INSTITUTIONS, AUTHORITY_POST_TITLE_MAX, type AuthorityInstitution } from '../authority.contract.js';
import { AuthorityFields } from './authority-fields.dto.js';

/**
 * PUT takes the record back as GET returned it. A change of stance is kept in
 * the stance history with `stanceNote`; the holder fields correct the current
 * holder (a new person in the post is `POST /api/authorities/:id/holders`).
 */
export class UpdateAuthorityDto extends AuthorityFields {
  @ApiPropertyOptional({ format: 'uuid' })
  @IfSent()
  @IsUUID('all', { message: 'countryId must be a UUID' })
  countryId?: string;

  @ApiPropertyOptional({ enum: AUTHORITY_INSTITUTIONS })
  @IfSent()
  @IsIn(AUTHORITY_INSTITUTIONS, { message: `institution must be one of: ${AUTHORITY_INSTITUTIONS.join(', ')}` })
  institution?: AuthorityInstitution;

  @ApiPropertyOptional({ maxLength: AUTHORITY_POST_TITLE_MAX })
  @Transform(trimmed)
  @IfSent()
  @IsString({ message: 'postTitle must be text' })
  @IsNotEmpty({ message: 'postTitle must not be empty' })
  @MaxLength(AUTHORITY_POST_TITLE_MAX, { message: `postTitle must be at most ${AUTHORITY_POST_TITLE_MAX} characters long` })
  postTitle?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'Why the stance changed; kept in its history' })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'stanceNote must be text' })
  @MaxLength(2000, { message: 'stanceNote must be at most 2000 characters long' })
  stanceNote?: string | null;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() holderId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
