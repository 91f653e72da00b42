import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { WORD_LANGUAGES, type WordLanguage } from '../../common/words.contract.js';
import { REGIONS, type Region } from '../../countries/country.contract.js';
import { REPORT_DATE } from '../report.contract.js';

/** The period and region of a report, as query parameters; each is checked and a bad one is refused naming it. */
export class ReportQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'First day of the period (default: a year before `to`)' })
  @IsOptional()
  @Matches(REPORT_DATE, { message: 'from must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a real date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day of the period, included (default: today)' })
  @IsOptional()
  @Matches(REPORT_DATE, { message: 'to must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a real date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ enum: REGIONS })
  @IsOptional()
  @IsIn(REGIONS, { message: `region must be one of: ${REGIONS.join(', ')}` })
  region?: Region;
}

/** The period of a country report (its region is the country's). */
export class CountryReportQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'First day of the period (default: a year before `to`)' })
  @IsOptional()
  @Matches(REPORT_DATE, { message: 'from must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a real date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day of the period, included (default: today)' })
  @IsOptional()
  @Matches(REPORT_DATE, { message: 'to must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a real date YYYY-MM-DD' })
  to?: string;
}

/** The country report as a PDF: its period, and the language it is written in. */
export class CountryReportPdfQueryDto extends CountryReportQueryDto {
  @ApiPropertyOptional({ enum: WORD_LANGUAGES, description: 'The language of the document (default: en)' })
  @IsOptional()
  @IsIn(WORD_LANGUAGES, { message: `lang must be one of: ${WORD_LANGUAGES.join(', ')}` })
  lang?: WordLanguage;
}
