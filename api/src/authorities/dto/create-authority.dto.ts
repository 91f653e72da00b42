import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { trimmed } from '../../common/text-transforms.js';
import { AUTHORITY_INSTITUTIONS, AUTHORITY_POST_TITLE_MAX, type AuthorityInstitution } from '../authority.contract.js';
import { AuthorityFields } from './authority-fields.dto.js';

export class CreateAuthorityDto extends AuthorityFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'countryId must be a UUID' })
  countryId: string;

  @ApiProperty({ enum: AUTHORITY_INSTITUTIONS })
  @IsIn(AUTHORITY_INSTITUTIONS, { message: `institution must be one of: ${AUTHORITY_INSTITUTIONS.join(', ')}` })
  institution: AuthorityInstitution;

  @ApiProperty({ maxLength: AUTHORITY_POST_TITLE_MAX, example: 'Minister of Foreign Affairs' })
  @Transform(trimmed)
  @IsString({ message: 'postTitle must be text' })
  @IsNotEmpty({ message: 'postTitle must not be empty' })
  @MaxLength(AUTHORITY_POST_TITLE_MAX, { message: `postTitle must be at most ${AUTHORITY_POST_TITLE_MAX} characters long` })
  postTitle: string;
}
