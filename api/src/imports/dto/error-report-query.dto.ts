import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { WORD_LANGUAGES, type WordLanguage } from '../../common/words.contract.js';

/** The language the downloaded error report is worded in. */
export class ErrorReportQueryDto {
  @ApiPropertyOptional({ enum: WORD_LANGUAGES, description: 'The language of the headings and the problems (default: en)' })
  @IsOptional()
  @IsIn(WORD_LANGUAGES, { message: `lang must be one of: ${WORD_LANGUAGES.join(', ')}` })
  lang?: WordLanguage;
}
