import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { notOneOf } from '../common/domain.exception.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';
import { renderCountryReportPdf } from './country-report-pdf.js';
import { countryReportCsv } from './country-report-csv.js';
import { CountryReportDto } from './dto/country-report-response.dto.js';
import { ReportOverviewDto } from './dto/overview-response.dto.js';
import { CountryReportPdfQueryDto, CountryReportQueryDto, ReportQueryDto } from './dto/report-query.dto.js';
import { COUNTRY_REPORT_TABLES, type CountryReportTable } from './report.contract.js';
import { ReportsService } from './reports.service.js';

const isTable = (value: string): value is CountryReportTable => COUNTRY_REPORT_TABLES.some((table) => table === value);

/**
 * Reports for the steering committee and the secretariat. Members get none
 * of them (403): a report mixes every organization's work, and what members
 * may see of a country is on its page and on the public map.
 */
@ApiTags('reports')
@Roles(...STAFF_ROLES)
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('overview')
  @ApiOkResponse({ type: ReportOverviewDto })
  overview(@Query() query: ReportQueryDto): Promise<ReportOverviewDto> {
    return this.reports.overview(query);
  }

  @Get('countries/:iso3')
  @ApiOkResponse({ type: CountryReportDto })
  country(@Param('iso3') iso3: string, @Query() query: CountryReportQueryDto): Promise<CountryReportDto> {
    return this.reports.country(iso3, query);
  }

  @Get('countries/:iso3/report.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The country report as an A4 PDF', schema: { type: 'string', format: 'binary' } })
  async pdf(@Param('iso3') iso3: string, @Query() { lang, ...query }: CountryReportPdfQueryDto): Promise<StreamableFile> {
    const report = await this.reports.country(iso3, query);
    const pdf = await renderCountryReportPdf(report, lang ?? 'en');
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="country-report-${report.country.iso3}-${report.period.to}.pdf"`,
    });
  }

  @Get('countries/:iso3/csv/:table')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: `One table of the country report (${COUNTRY_REPORT_TABLES.join(', ')}) as UTF-8 CSV with a byte order mark; cells that a spreadsheet would run as formulas start with '.`,
    schema: { type: 'string' },
  })
  async csv(@Param('iso3') iso3: string, @Param('table') table: string, @Query() query: CountryReportQueryDto): Promise<StreamableFile> {
    if (!isTable(table)) throw notOneOf('table', COUNTRY_REPORT_TABLES);
    const report = await this.reports.country(iso3, query);
    return new StreamableFile(Buffer.from(countryReportCsv(report, table), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="country-report-${report.country.iso3}-${table}.csv"`,
    });
  }
}
