import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators.js';
import { RateLimit } from '../auth/rate-limit.decorator.js';
import { PublicMapSummaryDto } from './dto/public-map-summary.dto.js';
import { ReportsService } from './reports.service.js';

@ApiTags('public')
@Controller('public/map')
export class PublicMapController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @Public()
  @RateLimit('read')
  @Header('Cache-Control', 'public, max-age=300')
  // Public facts only: any website may read them from a browser.
  @Header('Access-Control-Allow-Origin', '*')
  @ApiOkResponse({ type: PublicMapSummaryDto, description: 'The counts of the public ratification map and the date of its last update' })
  summary(): Promise<PublicMapSummaryDto> {
    return this.reports.publicSummary();
  }
}
