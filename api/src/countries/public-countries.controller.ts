import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators.js';
import { RateLimit } from '../auth/rate-limit.decorator.js';
import { CountriesService } from './countries.service.js';
import { PublicCountryDto } from './dto/public-country.dto.js';

@ApiTags('public')
@Controller('public/countries')
export class PublicCountriesController {
  constructor(private readonly countries: CountriesService) {}

  @Get()
  @Public()
  @RateLimit('read')
  // Treaty status changes a few times a year: browsers and proxies may keep the map for a few minutes.
  @Header('Cache-Control', 'public, max-age=300')
  // Public facts only: any website may read them from a browser (the embeddable map, the coalition's site).
  @Header('Access-Control-Allow-Origin', '*')
  @ApiOkResponse({ type: [PublicCountryDto], description: 'The ratification map: every country with its OP-ICESCR status' })
  list(): Promise<PublicCountryDto[]> {
    return this.countries.publicList();
  }
}
